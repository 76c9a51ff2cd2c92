# args: --ranks=3
# python3: skip (real mpiexec hangs forever)
# exit: 3
# Every rank first waits for a message from its neighbour: nobody sends.
# gilsim stops the run and names each rank's pending call (rank 0 is the
# process gilsim started, MainProcess; its mpiexec thread waits for the
# other ranks to end).
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()
left = (rank - 1) % size
token = comm.recv(source=left, tag=7)
comm.send(token, dest=(rank + 1) % size, tag=7)
print('never printed')

# expect stderr: gilsim: deadlock: every thread is blocked and nothing can wake them
# expect stderr: MainThread in MainProcess waits for rank 0: comm.recv(source=2, tag=7)
# expect stderr: MainThread in rank 1 waits for rank 1: comm.recv(source=0, tag=7)
# expect stderr: MainThread in rank 2 waits for rank 2: comm.recv(source=1, tag=7)
# expect stderr: mpiexec in MainProcess waits for join rank 1
