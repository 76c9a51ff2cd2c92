# args: --ranks=3
# mpiexec: 3
# python3: skip (needs mpi4py under mpiexec -n 3; checked with Debian's python3-mpi4py and Open MPI)
# The upper-case, buffer-based calls on (gilsim's simulated) numpy arrays:
# the receiver passes an array that is filled in place.
from mpi4py import MPI
import numpy as np

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()

def show(label, arr):
    values = comm.gather(arr.tolist(), root=0)
    if rank == 0:
        print(label, values)

# Send/Recv
if rank == 0:
    comm.Send(np.arange(5, dtype=np.float64) * 1.5, dest=1, tag=3)
    comm.Send([np.arange(4), MPI.LONG], dest=2)
    print('sent')
elif rank == 1:
    buf = np.empty(5, dtype=np.float64)
    st = MPI.Status()
    comm.Recv(buf, source=0, tag=3, status=st)
    comm.send((buf.tolist(), st.Get_source(), st.Get_tag()), dest=0)
elif rank == 2:
    buf = np.zeros(4, dtype=np.int64)
    comm.Recv([buf, MPI.LONG], source=0)
    comm.send(buf.tolist(), dest=0)
if rank == 0:
    print('rank 1 got', comm.recv(source=1))
    print('rank 2 got', comm.recv(source=2))

# Bcast fills every rank's array from the root's
data = np.arange(4, dtype=np.float64) if rank == 0 else np.zeros(4)
comm.Bcast(data, root=0)
show('Bcast:', data)

# Reduce and Allreduce, elementwise
mine = np.array([rank, rank * 2.0, 10.0 - rank])
total = np.zeros(3)
comm.Reduce(mine, total, op=MPI.SUM, root=0)
if rank == 0:
    print('Reduce SUM at 0:', total.tolist())
biggest = np.zeros(3)
comm.Allreduce(mine, biggest, op=MPI.MAX)
show('Allreduce MAX:', biggest)
acc = np.array([1.0 + rank])
comm.Allreduce(MPI.IN_PLACE, acc, op=MPI.PROD)
show('Allreduce IN_PLACE PROD:', acc)

# Scatter and Gather equal chunks
send = np.arange(size * 2, dtype=np.float64) if rank == 0 else None
part = np.empty(2)
comm.Scatter(send, part, root=0)
show('Scatter:', part)
back = np.empty(size * 2) if rank == 0 else None
comm.Gather(part * 10, back, root=0)
if rank == 0:
    print('Gather:', back.tolist())
everyone = np.empty(size)
comm.Allgather(np.array([rank * 1.0]), everyone)
show('Allgather:', everyone)

# expect: sent
# expect: rank 1 got ([0.0, 1.5, 3.0, 4.5, 6.0], 0, 3)
# expect: rank 2 got [0, 1, 2, 3]
# expect: Bcast: [[0.0, 1.0, 2.0, 3.0], [0.0, 1.0, 2.0, 3.0], [0.0, 1.0, 2.0, 3.0]]
# expect: Reduce SUM at 0: [3.0, 6.0, 27.0]
# expect: Allreduce MAX: [[2.0, 4.0, 10.0], [2.0, 4.0, 10.0], [2.0, 4.0, 10.0]]
# expect: Allreduce IN_PLACE PROD: [[6.0], [6.0], [6.0]]
# expect: Scatter: [[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]]
# expect: Gather: [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]
# expect: Allgather: [[0.0, 1.0, 2.0], [0.0, 1.0, 2.0], [0.0, 1.0, 2.0]]
