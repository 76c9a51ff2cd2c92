# args: --ranks=3 --timeline --width=80 --ascii
# python3: skip (the timeline is gilsim's)
# backend: virtual-only
# Three ranks: a lane group per rank (rank 0 is MainProcess, where the
# mpiexec thread waits for the others), each with its own GIL. The ranks
# start while rank 0 waits in MPI_Init's barrier (the import), compute
# their share in parallel, and rank 0 waits in reduce for the others.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()
n = 300000 * (rank + 1)
s = 0
for i in range(n):
    s += i
total = comm.reduce(s, op=MPI.SUM, root=0)
if rank == 0:
    print(total)

# expect: 629999100000
# expect:
# expect:              0 ms    5 ms   10 ms   15 ms   20 ms   25 ms  30 ms   35 ms   40 ms
# expect: -- MainProcess -----------------------------------------------------------------
# expect: GIL          000|                       0000000000000             |            |
# expect: 0 MainThread ###........................#############...........................
# expect: 3 mpiexec       ................................................................
# expect: -- rank 1 ----------------------------------------------------------------------
# expect: GIL           111111111111111111111111  111111111111111111111111111
# expect: 1 MainThread  +######################+..##########################+
# expect: -- rank 2 ----------------------------------------------------------------------
# expect: GIL             2222222222222222222222222222222222222222222222222222222222222222
# expect: 2 MainThread    +######################+#######################################+
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request
# expect: x forced switch
