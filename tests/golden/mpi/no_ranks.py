# mpiexec: 1
# python3: skip (needs mpi4py; checked with Debian's python3-mpi4py, run without mpiexec)
# Without --ranks (a program started without mpiexec) COMM_WORLD has one
# rank: collectives return the rank's own values, a message to itself is
# delivered, and rank 1 does not exist.
from mpi4py import MPI

comm = MPI.COMM_WORLD
print(comm.Get_rank(), comm.Get_size(), comm.rank, comm.size, comm.Get_name())
print(comm.bcast('b'), comm.gather('g'), comm.allgather(3), comm.reduce(4), comm.allreduce(5), comm.scatter(['s']))
comm.send({'to': 'me'}, dest=0, tag=1)
print(comm.recv(source=0, tag=1))
req = comm.irecv(source=0)
comm.isend('later', dest=0)
print(req.wait())
print(MPI.COMM_SELF.Get_size(), MPI.COMM_SELF.Get_name())
print(MPI.Is_initialized(), MPI.Is_finalized(), type(MPI.Wtime()).__name__)
try:
    comm.send('x', dest=1)
except MPI.Exception as e:
    print('dest=1:', e)

# expect: 0 1 0 1 MPI_COMM_WORLD
# expect: b ['g'] [3] 4 5 s
# expect: {'to': 'me'}
# expect: later
# expect: 1 MPI_COMM_SELF
# expect: True False float
# expect: dest=1: MPI_ERR_RANK: invalid rank
