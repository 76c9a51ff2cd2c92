"""mpi4py.MPI (simulated): point-to-point and collective messages between ranks.

Ranks. `gilsim --ranks=N prog.py` (a lesson: the setting `ranks: N`) runs
the program as N ranks, as `mpiexec -n N python prog.py` would. The first
rank is the process gilsim started; when it imports mpi4py.MPI, ranks 1 to
N-1 start as simulated processes (processes named "rank 1"...: each its own
interpreter, heap and GIL, sharing the clock and the cores) that run the
program again from its first line as __main__ (a lesson: the cell again,
on its own). MPI_Init is a barrier here: every rank leaves the import at
the same moment, after the others' start-up. Rank 0 waits for the others
at the end, as mpiexec does (a thread of rank 0 named "mpiexec" joins
them). Without --ranks, COMM_WORLD has one rank. Output: every rank
writes to the same stdout, line by line in program-time order (mpiexec
forwards each rank's lines as they come; gilsim's order is deterministic).

Messages. The lower-case methods send Python objects pickled, as mpi4py
does (serialised by gilsim's pickle of multiprocessing, charged per byte
on both sides); the upper-case ones (Send, Recv, Bcast, Reduce, Allreduce,
Scatter, Gather, Allgather) send the values of gilsim's numpy arrays.
The cost model is calibrated against mpi4py on Open MPI (shared memory,
one node; tests/calibrate/mpi-pingpong.txt): sending and receiving cost
200 ns a message and 0.25 ns a byte each (pickling, the GIL held), and a
message is in transit for LATENCY (0.3 us) plus its size over BANDWIDTH
(2.5 GB/s). Sends are eager (they return at once, buffered); a receive
blocks until a matching message has been sent, the GIL released, then
polls until it has arrived (a core busy, the GIL released, as MPI spins). Matching is MPI's: by source and
tag (ANY_SOURCE, ANY_TAG), in order per sender, posted receives (irecv)
first. Collectives are linear (the root sends to or receives from every
rank in rank order) and do not mix with point-to-point messages.

When every thread of every rank is blocked (two ranks receiving from each
other first), gilsim reports the deadlock, naming each rank's call.

Covered: COMM_WORLD and COMM_SELF (Intracomm), Get_rank/Get_size, rank,
size, Get_name; send, recv, isend, irecv, sendrecv, Request.wait/test (and
Wait/Test, waitall/Waitall, testall), probe/iprobe, Status (source, tag,
Get_source, Get_tag, Get_count for pickled bytes); bcast, scatter, gather,
allgather, alltoall, reduce, allreduce, barrier/Barrier; Send, Recv,
Bcast, Reduce, Allreduce, Scatter, Gather, Allgather on numpy arrays (a
buffer may be given as [array, MPI.DOUBLE]) and IN_PLACE; Op (SUM, PROD,
MAX, MIN, LAND, LOR, BAND, BOR, Op.Create); Wtime, Wtick,
Get_processor_name, Is_initialized, Is_finalized, Finalize; errors as
mpi4py.MPI.Exception with Open MPI's texts ("MPI_ERR_RANK: invalid rank").
Not simulated: communicator creation (Split, Dup, Create), topologies,
one-sided communication, MPI-IO, synchronous (ssend) or ready sends,
dynamic processes; using them raises NotImplementedError naming them.
Threads of one rank should not receive at the same time (one progress
thread per rank, as MPI_THREAD_FUNNELED).
"""

import sys
import _thread
import gilsim as _gilsim
import _multiprocessing as _mp

# Open MPI's constants (mpi4py exposes the library's values).
ANY_SOURCE = -1
ANY_TAG = -1
PROC_NULL = -2
ROOT = -4
UNDEFINED = -32766
SUCCESS = 0
ERR_COUNT = 2
ERR_TYPE = 3
ERR_TAG = 4
ERR_COMM = 5
ERR_RANK = 6
ERR_ROOT = 8
ERR_BUFFER = 1
ERR_ARG = 13
ERR_OP = 10
THREAD_SINGLE = 0
THREAD_FUNNELED = 1
THREAD_SERIALIZED = 2
THREAD_MULTIPLE = 3

# The cost model, calibrated against mpi4py 3.1.4 on Open MPI 4.1 (shared
# memory, one node) on the machine that built gilsim: a ping-pong of
# pickled str objects (tests/calibrate/mpi-pingpong.py) took 2.7 us for an
# empty one round trip, 12.3 us for 10 kB and 1.98 ms for 1 MB. Sending
# and receiving are charged to the rank's thread, the GIL held (pickling);
# in between the message is in transit for LATENCY plus its size over
# BANDWIDTH. (gilsim's own interpretation of this module's code adds to
# the fixed part, and a receiver that blocked is woken as a sleeping
# thread is, a few us, where a real MPI busy-polls.)
LATENCY = 0.3e-6         # seconds per message
BANDWIDTH = 2.5e9        # bytes per second
_SEND_NS = 200           # per message, the sender (MPI_Send, pickle's set-up)
_RECV_NS = 200           # per message, the receiver
_PICKLE_NS_PER_BYTE = 0.25
_UNPICKLE_NS_PER_BYTE = 0.25

_ERROR_TEXT = {
    ERR_BUFFER: 'MPI_ERR_BUFFER: invalid buffer pointer',
    ERR_COUNT: 'MPI_ERR_COUNT: invalid count argument',
    ERR_TYPE: 'MPI_ERR_TYPE: invalid datatype',
    ERR_TAG: 'MPI_ERR_TAG: invalid tag',
    ERR_COMM: 'MPI_ERR_COMM: invalid communicator',
    ERR_RANK: 'MPI_ERR_RANK: invalid rank',
    ERR_ROOT: 'MPI_ERR_ROOT: invalid root',
    ERR_OP: 'MPI_ERR_OP: invalid reduce operation',
    ERR_ARG: 'MPI_ERR_ARG: invalid argument of some other kind',
}


class Exception(RuntimeError):
    """An MPI error: its error code and Open MPI's text for it."""

    def __init__(self, ierr=0):
        self.ierr = ierr
        RuntimeError.__init__(self, ierr)

    def __str__(self):
        return _ERROR_TEXT.get(self.ierr, 'MPI_ERR_UNKNOWN: unknown error')

    def __repr__(self):
        return 'MPI.Exception(%d)' % self.ierr

    def __int__(self):
        return self.ierr

    def __eq__(self, other):
        if isinstance(other, Exception):
            return self.ierr == other.ierr
        return self.ierr == other

    def __hash__(self):
        return hash(self.ierr)

    def Get_error_code(self):
        return self.ierr

    def Get_error_class(self):
        return self.ierr

    def Get_error_string(self):
        return str(self)

    error_code = property(Get_error_code)
    error_class = property(Get_error_class)
    error_string = property(Get_error_string)


Exception.__module__ = 'mpi4py.MPI'


def _missing(what):
    raise NotImplementedError('mpi4py.MPI.%s is not simulated by gilsim' % what)


# ---- operations ----

class Op(object):
    def __init__(self, name, fn, commute=True):
        self._name = name
        self._fn = fn
        self._commute = commute

    def __call__(self, x, y):
        return self._fn(x, y)

    def Is_commutative(self):
        return self._commute

    is_commutative = property(Is_commutative)

    @classmethod
    def Create(cls, function, commute=False):
        # mpi4py calls a user function as function(x, y, datatype): for
        # pickled objects, datatype is None.
        return cls('user', lambda x, y: function(x, y, None), commute)

    def Free(self):
        pass

    def __repr__(self):
        return '<mpi4py.MPI.Op object at 0x%x>' % id(self)


Op.__module__ = 'mpi4py.MPI'


def _maxloc(x, y):
    return x if (x[0] > y[0] or (x[0] == y[0] and x[1] <= y[1])) else y


def _minloc(x, y):
    return x if (x[0] < y[0] or (x[0] == y[0] and x[1] <= y[1])) else y


SUM = Op('SUM', lambda x, y: x + y)
PROD = Op('PROD', lambda x, y: x * y)
MAX = Op('MAX', lambda x, y: y if y > x else x)
MIN = Op('MIN', lambda x, y: y if y < x else x)
LAND = Op('LAND', lambda x, y: bool(x) and bool(y))
LOR = Op('LOR', lambda x, y: bool(x) or bool(y))
LXOR = Op('LXOR', lambda x, y: bool(x) != bool(y))
BAND = Op('BAND', lambda x, y: x & y)
BOR = Op('BOR', lambda x, y: x | y)
BXOR = Op('BXOR', lambda x, y: x ^ y)
MAXLOC = Op('MAXLOC', _maxloc)
MINLOC = Op('MINLOC', _minloc)
REPLACE = Op('REPLACE', lambda x, y: y, False)


# ---- datatypes (names only: the arrays carry their dtype) ----

class Datatype(object):
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def Get_size(self):
        return self.size

    def Get_name(self):
        return self.name

    def __repr__(self):
        return '<mpi4py.MPI.Datatype object at 0x%x>' % id(self)


Datatype.__module__ = 'mpi4py.MPI'

DOUBLE = Datatype('MPI_DOUBLE', 8)
FLOAT = Datatype('MPI_FLOAT', 4)
INT = Datatype('MPI_INT', 4)
LONG = Datatype('MPI_LONG', 8)
INT64_T = Datatype('MPI_INT64_T', 8)
BOOL = Datatype('MPI_C_BOOL', 1)
BYTE = Datatype('MPI_BYTE', 1)
CHAR = Datatype('MPI_CHAR', 1)


class _InPlace(object):
    def __repr__(self):
        return 'IN_PLACE'


IN_PLACE = _InPlace()


# ---- status and requests ----

class Status(object):
    def __init__(self):
        self.source = ANY_SOURCE
        self.tag = ANY_TAG
        self.error = SUCCESS
        self._count = 0

    def Get_source(self):
        return self.source

    def Get_tag(self):
        return self.tag

    def Get_error(self):
        return self.error

    def Set_source(self, source):
        self.source = source

    def Set_tag(self, tag):
        self.tag = tag

    def Get_count(self, datatype=BYTE):
        return self._count // datatype.size

    def Get_elements(self, datatype):
        return self._count // datatype.size

    count = property(Get_count)

    def _fill(self, src, tag, nbytes):
        self.source = src
        self.tag = tag
        self._count = nbytes


Status.__module__ = 'mpi4py.MPI'


def _transit(arrival):
    """Until the message has arrived: MPI polls for it, a core busy and
    (mpi4py) the GIL released."""
    left = arrival - _mp.now_ns()
    if left > 0:
        _gilsim.cpu(left * 1e-9, release_gil=True)


def _deliver(arrival, src, nbytes):
    """A receive completes: the message arrives, then is unpickled (the
    GIL held)."""
    _transit(arrival)
    _gilsim.cpu((_RECV_NS + nbytes * _UNPICKLE_NS_PER_BYTE) * 1e-9)


class Request(object):
    """An isend (complete at once: sends are eager) or an irecv."""

    def __init__(self, comm=None, source=None, tag=None, done=True):
        self._comm = comm
        self._source = source
        self._tag = tag
        self._done = done
        self._msg = None          # (src, tag, obj, nbytes, arrival_ns)
        self._convert = None

    def _complete(self, msg):
        self._msg = msg
        self._done = True

    def _finish(self, status):
        if self._msg is None:
            if status is not None:
                status._fill(ANY_SOURCE, ANY_TAG, 0)
            return None
        src, tag, obj, nbytes, arrival = self._msg
        if status is not None:
            status._fill(src, tag, nbytes)
        return self._convert(obj) if self._convert else obj

    def wait(self, status=None):
        if not self._done:
            self._comm._progress_until(self)
        if self._msg is not None:
            _deliver(self._msg[4], self._msg[0], self._msg[3])
        return self._finish(status)

    def test(self, status=None):
        if not self._done:
            self._comm._progress_nowait()
        if not self._done or (self._msg is not None and self._msg[4] > _mp.now_ns()):
            return (False, None)
        return (True, self._finish(status))

    def Wait(self, status=None):
        self.wait(status)
        return True

    def Test(self, status=None):
        return self.test(status)[0]

    def Free(self):
        pass

    def Cancel(self):
        _missing('Request.Cancel')

    @staticmethod
    def waitall(requests, statuses=None):
        out = []
        for i, r in enumerate(requests):
            st = statuses[i] if statuses is not None and i < len(statuses) else None
            out.append(r.wait(st))
        return out

    @staticmethod
    def Waitall(requests, statuses=None):
        Request.waitall(requests, statuses)
        return True

    @staticmethod
    def testall(requests, statuses=None):
        flags = [r.test()[0] for r in requests]
        if not all(flags):
            return (False, None)
        return (True, Request.waitall(requests, statuses))

    @staticmethod
    def waitany(requests, status=None):
        while True:
            for i, r in enumerate(requests):
                ok, obj = r.test(status)
                if ok:
                    return (i, obj)
            requests[0]._comm._progress_one('Request.waitany()')


Request.__module__ = 'mpi4py.MPI'


# ---- communicators ----

_P2P, _COLL = 0, 1


def _arg_repr(v):
    if v == ANY_SOURCE:
        return 'ANY'
    return str(v)


class Comm(object):
    pass


Comm.__module__ = 'mpi4py.MPI'


class Intracomm(Comm):
    def __init__(self, name, rank, size, inboxes):
        self._name = name
        self._rank = rank
        self._size = size
        self._inboxes = inboxes      # one Channel per rank
        self._pending = []           # arrived, not yet matched: [kind, src, tag, obj, nbytes, arrival]
        self._posted = []            # irecv requests not yet matched
        self._coll_seq = 0

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        _missing('Intracomm.' + name)

    def __repr__(self):
        return '<mpi4py.MPI.Intracomm object at 0x%x>' % id(self)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)

    # -- queries --
    def Get_rank(self):
        if self is COMM_WORLD and not _state['child']:
            _launch()
        return self._rank

    def Get_size(self):
        if self is COMM_WORLD and not _state['child']:
            _launch()
        return self._size

    def Get_name(self):
        return self._name

    rank = property(Get_rank)
    size = property(Get_size)
    name = property(Get_name)

    def Is_inter(self):
        return False

    def Is_intra(self):
        return True

    # -- the transport --
    def _check_rank(self, r, root=False):
        if r == PROC_NULL and not root:
            return
        if type(r) is not int and not hasattr(r, '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
        if not 0 <= r < self._size:
            raise Exception(ERR_ROOT if root else ERR_RANK)

    def _check_tag(self, tag, recv=False):
        if type(tag) is not int and not hasattr(tag, '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(tag).__name__)
        if tag < 0 and not (recv and tag == ANY_TAG):
            raise Exception(ERR_TAG)

    def _post(self, kind, dest, tag, obj):
        if dest == PROC_NULL:
            return
        if self is COMM_WORLD and not _state['child']:
            _launch()
        n = self._inboxes[dest].put_raw((kind, self._rank, tag, obj))
        _gilsim.cpu((_SEND_NS + n * _PICKLE_NS_PER_BYTE) * 1e-9)

    def _arrive(self, item):
        """A message taken from the inbox: to the first posted receive it
        matches, else to the pending list."""
        kind, src, tag = item[0], item[1], item[2]
        if kind == _P2P:
            for i, req in enumerate(self._posted):
                if (req._source == ANY_SOURCE or req._source == src) and (req._tag == ANY_TAG or req._tag == tag):
                    del self._posted[i]
                    req._complete((src, tag, item[3], item[4], item[5]))
                    return
        self._pending.append(item)

    def _take(self, what):
        if self is COMM_WORLD and not _state['child']:
            _launch()
        box = self._inboxes[self._rank]
        box.set_what('rank %d: %s' % (self._rank, what))
        obj, nbytes, sent = box.take()
        kind, src, tag, value = obj
        arrival = (sent + int(_SEND_NS + nbytes * _PICKLE_NS_PER_BYTE) + int(LATENCY * 1e9)
                   + int(nbytes * 1e9 / BANDWIDTH))
        # the unpickling: charged when the message is taken (its value is
        # rebuilt here), after its arrival
        self._arrive([kind, src, tag, value, nbytes, arrival])

    def _progress_nowait(self):
        box = self._inboxes[self._rank]
        while box.qsize() > 0:
            self._take('Request.test()')

    def _progress_until(self, req):
        what = req._what if hasattr(req, '_what') else 'Request.wait()'
        while not req._done:
            self._take(what)

    def _progress_one(self, what):
        self._take(what)

    def _match(self, kind, source, tag):
        for i, item in enumerate(self._pending):
            if item[0] != kind:
                continue
            if (source == ANY_SOURCE or item[1] == source) and (tag == ANY_TAG or item[2] == tag):
                return i
        return -1

    def _irecv(self, source, tag, what):
        req = Request(self, source, tag, done=False)
        req._what = what
        if source == PROC_NULL:
            req._done = True
            return req
        i = self._match(_P2P, source, tag)
        if i >= 0:
            item = self._pending.pop(i)
            req._complete((item[1], item[2], item[3], item[4], item[5]))
        else:
            self._posted.append(req)
        return req

    def _coll_recv(self, src, seq, what):
        while True:
            i = self._match(_COLL, src, seq)
            if i >= 0:
                item = self._pending.pop(i)
                _deliver(item[5], src, item[4])
                return item[3]
            self._take(what)

    # -- point to point --
    def send(self, obj, dest, tag=0):
        self._check_rank(dest)
        self._check_tag(tag)
        self._post(_P2P, dest, tag, obj)

    def isend(self, obj, dest, tag=0):
        self.send(obj, dest, tag)
        return Request(self)

    def ssend(self, obj, dest, tag=0):
        _missing('Intracomm.ssend')

    def issend(self, obj, dest, tag=0):
        _missing('Intracomm.issend')

    def recv(self, buf=None, source=ANY_SOURCE, tag=ANY_TAG, status=None):
        if source != ANY_SOURCE:
            self._check_rank(source)
        self._check_tag(tag, recv=True)
        what = 'comm.recv(source=%s, tag=%s)' % (_arg_repr(source), _arg_repr(tag))
        return self._irecv(source, tag, what).wait(status)

    def irecv(self, buf=None, source=ANY_SOURCE, tag=ANY_TAG):
        if source != ANY_SOURCE:
            self._check_rank(source)
        self._check_tag(tag, recv=True)
        what = 'irecv(source=%s, tag=%s).wait()' % (_arg_repr(source), _arg_repr(tag))
        return self._irecv(source, tag, what)

    def sendrecv(self, sendobj, dest, sendtag=0, recvbuf=None, source=ANY_SOURCE, recvtag=ANY_TAG, status=None):
        self.send(sendobj, dest, sendtag)
        if source != ANY_SOURCE:
            self._check_rank(source)
        what = 'comm.sendrecv(dest=%s, source=%s)' % (dest, _arg_repr(source))
        return self._irecv(source, recvtag, what).wait(status)

    def probe(self, source=ANY_SOURCE, tag=ANY_TAG, status=None):
        what = 'comm.probe(source=%s, tag=%s)' % (_arg_repr(source), _arg_repr(tag))
        while True:
            i = self._match(_P2P, source, tag)
            if i >= 0:
                item = self._pending[i]
                _transit(item[5])
                if status is not None:
                    status._fill(item[1], item[2], item[4])
                return True
            self._take(what)

    def iprobe(self, source=ANY_SOURCE, tag=ANY_TAG, status=None):
        self._progress_nowait()
        i = self._match(_P2P, source, tag)
        if i < 0 or self._pending[i][5] > _mp.now_ns():
            return False
        item = self._pending[i]
        if status is not None:
            status._fill(item[1], item[2], item[4])
        return True

    # -- collectives (linear, in rank order) --
    def _seq(self):
        self._coll_seq += 1
        return self._coll_seq

    def _bcast(self, obj, root, what):
        seq = self._seq()
        if self._rank == root:
            for r in range(self._size):
                if r != root:
                    self._post(_COLL, r, seq, obj)
            return obj
        return self._coll_recv(root, seq, what)

    def _gather(self, obj, root, what):
        seq = self._seq()
        if self._rank != root:
            self._post(_COLL, root, seq, obj)
            return None
        out = []
        for r in range(self._size):
            out.append(obj if r == root else self._coll_recv(r, seq, what))
        return out

    def bcast(self, obj, root=0):
        self._check_rank(root, root=True)
        return self._bcast(obj, root, 'comm.bcast(root=%d)' % root)

    def scatter(self, sendobj, root=0):
        self._check_rank(root, root=True)
        what = 'comm.scatter(root=%d)' % root
        if self._rank == root:
            items = list(sendobj) if sendobj is not None else None
            if items is None or len(items) != self._size:
                raise ValueError('expecting %d items, got %d' % (self._size, 0 if items is None else len(items)))
        seq = self._seq()
        if self._rank == root:
            for r in range(self._size):
                if r != root:
                    self._post(_COLL, r, seq, items[r])
            return items[root]
        return self._coll_recv(root, seq, what)

    def gather(self, sendobj, root=0):
        self._check_rank(root, root=True)
        return self._gather(sendobj, root, 'comm.gather(root=%d)' % root)

    def allgather(self, sendobj):
        out = self._gather(sendobj, 0, 'comm.allgather()')
        return self._bcast(out, 0, 'comm.allgather()')

    def alltoall(self, sendobj):
        items = list(sendobj)
        if len(items) != self._size:
            raise ValueError('expecting %d items, got %d' % (self._size, len(items)))
        seq = self._seq()
        for r in range(self._size):
            if r != self._rank:
                self._post(_COLL, r, seq, items[r])
        return [items[r] if r == self._rank else self._coll_recv(r, seq, 'comm.alltoall()')
                for r in range(self._size)]

    def _fold(self, values, op):
        acc = values[0]
        for v in values[1:]:
            acc = op(acc, v)
        return acc

    def reduce(self, sendobj, op=SUM, root=0):
        self._check_rank(root, root=True)
        values = self._gather(sendobj, root, 'comm.reduce(root=%d)' % root)
        return None if values is None else self._fold(values, op)

    def allreduce(self, sendobj, op=SUM):
        values = self._gather(sendobj, 0, 'comm.allreduce()')
        result = None if values is None else self._fold(values, op)
        return self._bcast(result, 0, 'comm.allreduce()')

    def barrier(self):
        self._gather(None, 0, 'comm.barrier()')
        self._bcast(None, 0, 'comm.barrier()')

    def Barrier(self):
        self._gather(None, 0, 'comm.Barrier()')
        self._bcast(None, 0, 'comm.Barrier()')

    # -- buffers (gilsim's numpy arrays) --
    def Send(self, buf, dest, tag=0):
        self._check_rank(dest)
        self._check_tag(tag)
        self._post(_P2P, dest, tag, _buf_values(buf))

    def Isend(self, buf, dest, tag=0):
        self.Send(buf, dest, tag)
        return Request(self)

    def Recv(self, buf, source=ANY_SOURCE, tag=ANY_TAG, status=None):
        if source != ANY_SOURCE:
            self._check_rank(source)
        self._check_tag(tag, recv=True)
        what = 'comm.Recv(source=%s, tag=%s)' % (_arg_repr(source), _arg_repr(tag))
        req = self._irecv(source, tag, what)
        values = req.wait(status)
        if values is not None:
            _buf_fill(buf, values)

    def Irecv(self, buf, source=ANY_SOURCE, tag=ANY_TAG):
        if source != ANY_SOURCE:
            self._check_rank(source)
        req = self._irecv(source, tag, 'Irecv(source=%s).Wait()' % _arg_repr(source))
        req._convert = lambda values: _buf_fill(buf, values)
        return req

    def Bcast(self, buf, root=0):
        self._check_rank(root, root=True)
        values = self._bcast(_buf_values(buf) if self._rank == root else None, root,
                             'comm.Bcast(root=%d)' % root)
        if self._rank != root:
            _buf_fill(buf, values)

    def Reduce(self, sendbuf, recvbuf, op=SUM, root=0):
        self._check_rank(root, root=True)
        src = recvbuf if sendbuf is IN_PLACE else sendbuf
        values = self._gather(_buf_array(src).copy(), root, 'comm.Reduce(root=%d)' % root)
        if values is not None:
            _buf_fill(recvbuf, _fold_arrays(values, op))

    def Allreduce(self, sendbuf, recvbuf, op=SUM):
        src = recvbuf if sendbuf is IN_PLACE else sendbuf
        values = self._gather(_buf_array(src).copy(), 0, 'comm.Allreduce()')
        result = None if values is None else _fold_arrays(values, op)
        result = self._bcast(result, 0, 'comm.Allreduce()')
        _buf_fill(recvbuf, result)

    def Scatter(self, sendbuf, recvbuf, root=0):
        self._check_rank(root, root=True)
        parts = None
        if self._rank == root:
            a = _buf_array(sendbuf)
            flat = a.ravel()
            if flat.size % self._size:
                raise Exception(ERR_COUNT)
            k = flat.size // self._size
            parts = [flat[r * k:(r + 1) * k].copy() for r in range(self._size)]
        part = self.scatter(parts, root)
        _buf_fill(recvbuf, part)

    def Gather(self, sendbuf, recvbuf, root=0):
        self._check_rank(root, root=True)
        parts = self._gather(_buf_array(sendbuf).ravel().copy(), root, 'comm.Gather(root=%d)' % root)
        if parts is not None:
            _buf_fill(recvbuf, _concat(parts))

    def Allgather(self, sendbuf, recvbuf):
        parts = self._gather(_buf_array(sendbuf).ravel().copy(), 0, 'comm.Allgather()')
        parts = self._bcast(parts, 0, 'comm.Allgather()')
        _buf_fill(recvbuf, _concat(parts))

    # -- refused by name --
    def Split(self, color=0, key=0):
        _missing('Intracomm.Split')

    def Dup(self, info=None):
        _missing('Intracomm.Dup')

    def Create(self, group):
        _missing('Intracomm.Create')

    def Abort(self, errorcode=0):
        sys.stdout.flush()
        sys.stderr.write('MPI_ABORT was invoked on rank %d in communicator %s\nwith errorcode %d.\n'
                         % (self._rank, self._name, errorcode))
        import os
        os._exit(errorcode)

    def Free(self):
        pass


Intracomm.__module__ = 'mpi4py.MPI'


def _buf_array(buf):
    if isinstance(buf, (list, tuple)) and buf:
        buf = buf[0]
    if not hasattr(buf, 'ravel'):
        raise TypeError("message: expecting buffer or list/tuple")
    return buf


def _buf_values(buf):
    return _buf_array(buf).copy()


def _buf_fill(buf, values):
    a = _buf_array(buf)
    flat = a.ravel()
    src = values.ravel() if hasattr(values, 'ravel') else values
    n = src.size if hasattr(src, 'size') else len(src)
    if n > flat.size:
        raise Exception(ERR_COUNT)
    if a.ndim == 1:
        a[:n] = src
    else:
        a.reshape(a.size)[:n] = src
    return a


def _fold_arrays(values, op):
    acc = values[0].copy()
    for v in values[1:]:
        if op is SUM:
            acc = acc + v
        elif op is PROD:
            acc = acc * v
        elif op is MAX:
            import numpy
            acc = numpy.where(v > acc, v, acc) if hasattr(numpy, 'where') else _elementwise(acc, v, max)
        elif op is MIN:
            import numpy
            acc = numpy.where(v < acc, v, acc) if hasattr(numpy, 'where') else _elementwise(acc, v, min)
        else:
            acc = op(acc, v)
    return acc


def _elementwise(a, b, fn):
    out = a.copy()
    fa, fb, fo = a.ravel(), b.ravel(), out.ravel()
    for i in range(fo.size):
        fo[i] = fn(fa[i], fb[i])
    return out


def _concat(parts):
    import numpy
    vals = []
    for p in parts:
        vals.extend(p.tolist())
    return numpy.array(vals)


# ---- the world ----

_initialized = [False]
_finalized = [False]
_state = {'serial': None, 'child': False}

COMM_SELF = Intracomm('MPI_COMM_SELF', 0, 1, [_mp.Channel('comm.recv')])
COMM_WORLD = Intracomm('MPI_COMM_WORLD', 0, 1, [_mp.Channel('comm.recv')])
COMM_NULL = None


def _init_barrier(comm):
    comm.barrier()


def _join_ranks(handles):
    for h in handles:
        h.join()


def _launch():
    """Rank 0: start ranks 1..N-1 (once per program or lesson cell: the
    first use of COMM_WORLD in a cell starts the cell's ranks)."""
    n, serial = _mp.ranks()
    if _state['serial'] == serial:
        return
    if _mp.parent_pid() is not None:       # a process that is no rank: size 1
        _state['child'] = True
        return
    _state['serial'] = serial
    _initialized[0] = True
    if n <= 1:
        COMM_WORLD.__init__('MPI_COMM_WORLD', 0, 1, [_mp.Channel('comm.recv')])
        return
    inboxes = [_mp.Channel('comm.recv') for r in range(n)]
    COMM_WORLD.__init__('MPI_COMM_WORLD', 0, n, inboxes)
    handles = []
    for r in range(1, n):
        prep = {'mpi4py.rank': r, 'size': n, 'inboxes': inboxes}
        handles.append(_mp.start(prep, None, 'rank %d' % r, False, True))
    import threading
    threading.Thread(target=_join_ranks, args=(handles,), name='mpiexec').start()
    _init_barrier(COMM_WORLD)


def _rank_main(prep):
    """A rank's bootstrap (multiprocessing._child_main hands over): the
    world as rank `prep['mpi4py.rank']` sees it, MPI_Init's barrier, then
    the program again as __main__."""
    n, serial = _mp.ranks()
    _state['serial'] = serial
    _state['child'] = True
    _initialized[0] = True
    COMM_WORLD.__init__('MPI_COMM_WORLD', prep['mpi4py.rank'], prep['size'], prep['inboxes'])
    _init_barrier(COMM_WORLD)
    try:
        _mp.run_main()
    except SystemExit as e:
        code = e.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        sys.stderr.write(str(code) + '\n')
        return 1
    except BaseException as e:
        # the traceback starts in the program, as python prog.py's would
        tb = e.__traceback__
        if tb is not None and tb.tb_next is not None:
            e.__traceback__ = tb.tb_next
        _thread._print_exception(e)
        return 1
    return 0


def Wtime():
    return _mp.now_ns() / 1e9


def Wtick():
    return 1e-9


def Get_processor_name():
    return 'gilsim'


def Get_version():
    return (3, 1)


def Get_library_version():
    return 'gilsim simulated MPI (Open MPI constants and error texts)'


def Is_initialized():
    return _initialized[0]


def Is_finalized():
    return _finalized[0]


def Init():
    pass


def Init_thread(required=THREAD_MULTIPLE):
    return THREAD_FUNNELED


def Query_thread():
    return THREAD_FUNNELED


def Finalize():
    _finalized[0] = True


def Is_thread_main():
    import threading
    return threading.current_thread() is threading.main_thread()


_launch()
