# mpi-pingpong.py: the figures behind mpi4py.MPI's cost model (src/lib/py/mpi4py.MPI.py).
# Run with a real mpi4py (Debian: apt-get install python3-mpi4py openmpi-bin):
#   mpiexec --allow-run-as-root --oversubscribe -n 2 /usr/bin/python3 tests/calibrate/mpi-pingpong.py
# and under gilsim:
#   gilsim --ranks=2 tests/calibrate/mpi-pingpong.py
# Figures in mpi-pingpong.txt beside this file. The best of 20 round trips of
# a pickled str between two ranks on one node (shared memory).
from mpi4py import MPI
comm = MPI.COMM_WORLD
rank = comm.Get_rank()
for n in (0, 10000, 1000000):
    payload = 'x' * n
    best = 1e9
    for rep in range(20):
        comm.barrier()
        if rank == 0:
            t0 = MPI.Wtime()
            comm.send(payload, dest=1)
            back = comm.recv(source=1)
            best = min(best, MPI.Wtime() - t0)
        else:
            comm.send(comm.recv(source=0), dest=0)
    if rank == 0:
        print('%8d bytes: round trip %.1f us' % (n, best * 1e6))
