# args: --ranks=2
# python3: skip (the figures are gilsim's network model, not a real network's)
# backend: virtual-only
# A ping-pong between two ranks: the time of a round trip grows with the
# message's size, by the pickling on both sides (0.25 ns a byte each) and
# the network model (0.3 us a message, 2.5 GB/s); a receiver that blocked
# is woken as a sleeping thread is (a few us). Figures against a real
# mpi4py: tests/calibrate/mpi-pingpong.txt.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
for n in (0, 10000, 1000000):
    payload = 'x' * n
    comm.barrier()
    if rank == 0:
        t0 = MPI.Wtime()
        comm.send(payload, dest=1)
        back = comm.recv(source=1)
        dt = MPI.Wtime() - t0
        print('%8d bytes: round trip %.0f us' % (len(back), dt * 1e6))
    else:
        comm.send(comm.recv(source=0), dest=0)

# expect:        0 bytes: round trip 12 us
# expect:    10000 bytes: round trip 21 us
# expect:  1000000 bytes: round trip 1803 us
