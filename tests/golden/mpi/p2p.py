# args: --ranks=4
# mpiexec: 4
# python3: skip (needs mpi4py under mpiexec -n 4; checked with Debian's python3-mpi4py and Open MPI)
# Point-to-point: pickled objects between ranks, tags, ANY_SOURCE with a
# Status, a ring with sendrecv, isend/irecv with wait and test. Only rank 0
# prints, so the output is the same under any real mpiexec.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()
assert comm.rank == rank and comm.size == size

# rank 0 sends a dict to rank 1, which sends it back changed
if rank == 0:
    comm.send({'a': 7, 'b': [3.14, None]}, dest=1, tag=11)
    back = comm.recv(source=1, tag=12)
    print('round trip:', back)
elif rank == 1:
    d = comm.recv(source=0, tag=11)
    d['seen_by'] = rank
    comm.send(d, dest=0, tag=12)

# every other rank reports to rank 0; it takes them in any order
if rank == 0:
    got = []
    for _ in range(size - 1):
        st = MPI.Status()
        msg = comm.recv(source=MPI.ANY_SOURCE, tag=100, status=st)
        assert st.Get_source() == msg[0] and st.Get_tag() == 100
        got.append(msg)
    print('reports:', sorted(got))
else:
    comm.send((rank, rank * rank), dest=0, tag=100)

# tags select: rank 1 sends tag 2 first, rank 0 receives tag 1 first
if rank == 1:
    comm.send('second', dest=0, tag=2)
    comm.send('first', dest=0, tag=1)
elif rank == 0:
    a = comm.recv(source=1, tag=1)
    b = comm.recv(source=1, tag=2)
    print('by tag:', a, b)

# a ring: each rank passes its rank to the right
right = (rank + 1) % size
left = (rank - 1) % size
from_left = comm.sendrecv(rank, dest=right, sendtag=50, source=left, recvtag=50)
ring = comm.gather((rank, from_left), root=0)
if rank == 0:
    print('ring:', ring)

# non-blocking
if rank == 0:
    reqs = [comm.isend(i * 10, dest=i, tag=5) for i in range(1, size)]
    print('isend waits:', [r.wait() for r in reqs])
    replies = [comm.irecv(source=i, tag=6) for i in range(1, size)]
    print('irecv waits:', MPI.Request.waitall(replies))
else:
    req = comm.irecv(source=0, tag=5)
    value = req.wait()
    comm.isend(value + rank, dest=0, tag=6).wait()

# test() polls: False until the message is there
if rank == 0:
    req = comm.irecv(source=2, tag=7)
    flag, value = req.test()
    comm.send('go', dest=2, tag=8)
    while not flag:
        flag, value = req.test()
    print('test:', flag, value)
elif rank == 2:
    comm.recv(source=0, tag=8)
    comm.send('done', dest=0, tag=7)

# PROC_NULL: a send there goes nowhere, a receive gets None at once
comm.send('void', dest=MPI.PROC_NULL)
if rank == 0:
    print('PROC_NULL:', comm.recv(source=MPI.PROC_NULL))

# expect: round trip: {'a': 7, 'b': [3.14, None], 'seen_by': 1}
# expect: reports: [(1, 1), (2, 4), (3, 9)]
# expect: by tag: first second
# expect: ring: [(0, 3), (1, 0), (2, 1), (3, 2)]
# expect: isend waits: [None, None, None]
# expect: irecv waits: [11, 22, 33]
# expect: test: True done
# expect: PROC_NULL: None
