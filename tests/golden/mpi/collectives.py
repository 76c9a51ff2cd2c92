# args: --ranks=4
# mpiexec: 4
# python3: skip (needs mpi4py under mpiexec -n 4; checked with Debian's python3-mpi4py and Open MPI)
# The pickle-based collectives: every rank calls them in the same order;
# rank 0 prints what each rank got (gathered), so the output does not
# depend on how mpiexec interleaves the ranks' lines.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()

def show(label, value):
    values = comm.gather(value, root=0)
    if rank == 0:
        print(label, values)

config = comm.bcast({'steps': 10, 'dt': 0.5} if rank == 0 else None, root=0)
show('bcast:', config)
show('bcast from 2:', comm.bcast('from two' if rank == 2 else None, root=2))

chunk = comm.scatter([list(range(i * 3, i * 3 + 3)) for i in range(size)] if rank == 0 else None, root=0)
show('scatter:', chunk)

show('gather at 3:', comm.gather(rank * 100, root=3))
show('allgather:', comm.allgather(chr(ord('a') + rank)))

show('reduce SUM:', comm.reduce(rank + 1, op=MPI.SUM, root=0))
show('reduce PROD at 1:', comm.reduce(rank + 1, op=MPI.PROD, root=1))
show('allreduce MAX:', comm.allreduce(rank * 7 % 5, op=MPI.MAX))
show('allreduce MIN:', comm.allreduce(rank * 7 % 5, op=MPI.MIN))
show('allreduce SUM of lists:', comm.allreduce([rank], op=MPI.SUM))
show('allreduce MAXLOC:', comm.allreduce((rank * 7 % 5, rank), op=MPI.MAXLOC))
show('allreduce LAND:', comm.allreduce(rank > 0, op=MPI.LAND))
show('allreduce BOR:', comm.allreduce(1 << rank, op=MPI.BOR))
show('default op:', comm.allreduce(rank))
show('alltoall:', comm.alltoall([rank * 10 + j for j in range(size)]))

concat = MPI.Op.Create(lambda a, b, datatype: a + b, commute=False)
show('user op:', comm.allreduce(str(rank), op=concat))
print_ops = MPI.SUM(2, 3), MPI.MAX(2, 3), MPI.MIN(2, 3), MPI.PROD(2, 3)
comm.barrier()
comm.Barrier()
if rank == 0:
    print('ops called:', print_ops)

# expect: bcast: [{'steps': 10, 'dt': 0.5}, {'steps': 10, 'dt': 0.5}, {'steps': 10, 'dt': 0.5}, {'steps': 10, 'dt': 0.5}]
# expect: bcast from 2: ['from two', 'from two', 'from two', 'from two']
# expect: scatter: [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]]
# expect: gather at 3: [None, None, None, [0, 100, 200, 300]]
# expect: allgather: [['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd']]
# expect: reduce SUM: [10, None, None, None]
# expect: reduce PROD at 1: [None, 24, None, None]
# expect: allreduce MAX: [4, 4, 4, 4]
# expect: allreduce MIN: [0, 0, 0, 0]
# expect: allreduce SUM of lists: [[0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3]]
# expect: allreduce MAXLOC: [(4, 2), (4, 2), (4, 2), (4, 2)]
# expect: allreduce LAND: [False, False, False, False]
# expect: allreduce BOR: [15, 15, 15, 15]
# expect: default op: [6, 6, 6, 6]
# expect: alltoall: [[0, 10, 20, 30], [1, 11, 21, 31], [2, 12, 22, 32], [3, 13, 23, 33]]
# expect: user op: ['0123', '0123', '0123', '0123']
# expect: ops called: (5, 3, 2, 6)
