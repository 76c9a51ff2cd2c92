# args: --ranks=2
# mpiexec: 2
# python3: skip (needs mpi4py under mpiexec -n 2; checked with Debian's python3-mpi4py and Open MPI)
# Bad calls raise mpi4py.MPI.Exception with Open MPI's error text (mpi4py
# sets MPI_ERRORS_RETURN on COMM_WORLD), or Python's own errors.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank = comm.Get_rank()

def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except MPI.Exception as e:
        print(label, type(e).__module__, type(e).__name__, '|', e, '|', e.Get_error_code() == MPI.ERR_RANK or e.Get_error_code())
    except Exception as e:
        print(label, type(e).__name__, '|', e)

if rank == 0:
    attempt('send to rank 5:', lambda: comm.send('x', dest=5))
    attempt('send to rank -3:', lambda: comm.send('x', dest=-3))
    attempt('recv from rank 2:', lambda: comm.recv(source=2))
    attempt('negative tag:', lambda: comm.send('x', dest=1, tag=-5))
    attempt('bcast root 9:', lambda: comm.bcast('x', root=9))
    attempt('scatter 3 items:', lambda: comm.scatter([1, 2, 3], root=0))
    print(issubclass(MPI.Exception, RuntimeError), MPI.ERR_RANK, MPI.ERR_TAG, MPI.ERR_ROOT)
    print(MPI.ANY_SOURCE, MPI.ANY_TAG, MPI.PROC_NULL)
comm.barrier()

# expect: send to rank 5: mpi4py.MPI Exception | MPI_ERR_RANK: invalid rank | True
# expect: send to rank -3: mpi4py.MPI Exception | MPI_ERR_RANK: invalid rank | True
# expect: recv from rank 2: mpi4py.MPI Exception | MPI_ERR_RANK: invalid rank | True
# expect: negative tag: mpi4py.MPI Exception | MPI_ERR_TAG: invalid tag | 4
# expect: bcast root 9: mpi4py.MPI Exception | MPI_ERR_ROOT: invalid root | 8
# expect: scatter 3 items: ValueError | expecting 2 items, got 3
# expect: True 6 4 8
# expect: -1 -1 -2
