# args: --ranks=2
# python3: skip (real mpi4py has these; gilsim's simulation refuses them by name)
# What the simulation does not cover raises NotImplementedError naming it.
from mpi4py import MPI

comm = MPI.COMM_WORLD
for name, call in [('Split', lambda: comm.Split(0, 0)), ('Dup', lambda: comm.Dup()),
                   ('ssend', lambda: comm.ssend(1, dest=0)), ('Create_cart', lambda: comm.Create_cart([2]))]:
    try:
        call()
    except NotImplementedError as e:
        if comm.rank == 0:
            print(e)
print(type(comm).__name__, type(comm).__module__, MPI.Query_thread() == MPI.THREAD_FUNNELED) if comm.rank == 0 else None

# expect: mpi4py.MPI.Intracomm.Split is not simulated by gilsim
# expect: mpi4py.MPI.Intracomm.Dup is not simulated by gilsim
# expect: mpi4py.MPI.Intracomm.ssend is not simulated by gilsim
# expect: mpi4py.MPI.Intracomm.Create_cart is not simulated by gilsim
# expect: Intracomm mpi4py.MPI True
