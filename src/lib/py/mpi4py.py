"""mpi4py (simulated): MPI for Python on gilsim's simulated processes, not mpi4py itself.

Its only module is mpi4py.MPI (see its docstring): `gilsim --ranks=N
prog.py` (or `ranks: N` in a lesson) runs the program as N ranks, each a
simulated process with its own interpreter and GIL, as `mpiexec -n N
python prog.py` would; without it COMM_WORLD has one rank, as a program
started without mpiexec.
"""

__version__ = '3.1.4'
