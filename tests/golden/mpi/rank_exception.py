# args: --ranks=3
# python3: skip (under a real mpiexec this program hangs: Open MPI 4.1 leaves the other ranks waiting)
# exit: 3
# An uncaught exception ends its rank with a traceback; the ranks still
# waiting for it would wait forever, so gilsim reports the deadlock.
from mpi4py import MPI

comm = MPI.COMM_WORLD
if comm.rank == 1:
    raise ValueError("bad input on rank 1")
comm.recv(source=1)

# expect stderr: ValueError: bad input on rank 1
# expect stderr: gilsim: deadlock: every thread is blocked and nothing can wake them
# expect stderr: MainThread in MainProcess waits for rank 0: comm.recv(source=1, tag=ANY)
# expect stderr: MainThread in rank 2 waits for rank 2: comm.recv(source=1, tag=ANY)
