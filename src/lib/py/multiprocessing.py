"""multiprocessing on gilsim's simulated processes.

Each process is a separate interpreter — its own heap, globals and GIL —
sharing the run's virtual clock, so on the virtual backend the processes'
threads run in parallel up to --cores, and their output goes to the same
stdout in virtual-time order.

Start methods. *fork* is the default, as in CPython 3.11 on Linux: the
child starts with a copy of the parent's __main__ as it is when start() is
called (or when a Pool or ProcessPoolExecutor makes its workers). Copied:
its imported modules (imported again by name in the child), its
module-level functions and classes (their def and class statements
compiled again from the same source at the same lines, with the defaults
and class attributes the parent has now), and its global values as they
are now, by value as pickle would copy them, lambdas included. Nothing of
the main script runs again, and __name__ is '__main__' in the child too.
The target and its arguments are copied at start() the same way, without
pickle's limits on functions: a lambda, a closure or a function defined
under the __main__ guard works as a target (gilsim copies such a function
by value, compiled again from its source). Not copied: the state of locks
(a child's copies of the parent's locks start unlocked: the threads that
held them do not exist there), whatever cannot be pickled other than locks
(a pool, a running Process, a file: left out of the child's __main__, so
using it there is a NameError), other modules' state (they are imported
afresh), and threads: as after fork(), only the thread that runs the
target exists in the child. What a Pool or an executor sends its workers
later (tasks, results) is pickled, under fork too.

*spawn* (set_start_method('spawn'), get_context('spawn'), CPython's default
on macOS and Windows): a child starts a fresh interpreter, runs the main
script again as module __mp_main__ (so top-level code must be guarded by
`if __name__ == '__main__':`), then calls its target, found by module and
qualified name. 'forkserver' behaves as spawn. The script run again is the
text gilsim read when the program started, whatever __file__ says now (in
CPython the child opens the file __file__ names; a sandboxed program reads
no file but itself). Lesson cells and the REPL have no script to re-run,
nor has a __main__ without __file__: there a spawned child starts as a
fork would.
Worker names follow the method as in CPython: Process-N for Process,
ForkPoolWorker-N / SpawnPoolWorker-N for Pool, ForkProcess-N /
SpawnProcess-N for ProcessPoolExecutor.

Everything that crosses between processes — targets, arguments, queue
messages, results — is serialised as pickle would (_multiprocessing, in C)
and costs virtual time per byte on both sides; lambdas, nested functions and
locks fail as they do in CPython (except, under fork, in a target and its
arguments). The copy of __main__ costs no virtual time (copy-on-write); a
child's start-up is charged the same under both methods.

Shared state: Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event,
Barrier, Value and Array work between processes (their state lives in
channels, which children share by reference; see "synchronisation between
processes" below), and so do a Manager's dict, list, Namespace, Value and
the primitives it hands out (no server process runs: see "managers").
pool.ThreadPool is Pool on threads. Not simulated: Queue's maxsize, the
'c' and 'u' typecodes, remote managers (an address), Manager().Pool().
terminate() and kill() stop every thread of the child where it is (on the
real backend, a thread running Python code at its next check point).
"""

import ctypes
import math as _math
import os
import time as _time
import sys
import threading
import queue as _queue
import _thread
import _multiprocessing as _mp

__all__ = ['Process', 'current_process', 'active_children', 'parent_process',
           'Pool', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'cpu_count',
           'get_start_method', 'set_start_method', 'get_all_start_methods',
           'get_context', 'ProcessError', 'TimeoutError', 'BufferTooShort',
           'AuthenticationError', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Condition', 'Event', 'Barrier', 'Value', 'Array', 'RawValue', 'RawArray',
           'Manager', 'freeze_support', 'get_logger', 'log_to_stderr']


# CPython's classes live in submodules (multiprocessing.context, .pool...):
# the names they give as __module__ resolve to this module, for pickling.
for _sub in ('context', 'process', 'queues', 'pool', 'connection', 'synchronize',
             'sharedctypes', 'managers'):
    sys.modules['multiprocessing.' + _sub] = sys.modules[__name__]


class ProcessError(Exception):
    __module__ = 'multiprocessing.context'


class BufferTooShort(ProcessError):
    __module__ = 'multiprocessing.context'


class TimeoutError(ProcessError):
    __module__ = 'multiprocessing.context'


class AuthenticationError(ProcessError):
    __module__ = 'multiprocessing.context'


# ---- start methods and contexts ----

_start_method = [None]


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def get_start_method(allow_none=False):
    if _start_method[0] is None:
        if allow_none:
            return None
        _start_method[0] = 'fork'
    return _start_method[0]


def set_start_method(method, force=False):
    if _start_method[0] is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    _start_method[0] = method


def cpu_count():
    """The number of (simulated) CPUs: --cores."""
    return os.cpu_count()


# ---- processes ----

_process_counter = [0]
_children = set()
_exitcode_to_name = {-15: '-SIGTERM', -9: '-SIGKILL', -2: '-SIGINT'}


class BaseProcess(object):
    __module__ = 'multiprocessing.process'
    _start_method = None      # None: the one set_start_method() chose

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        _process_counter[0] += 1
        count = _process_counter[0]
        self._identity = _current_process._identity + (count,)
        self._config = dict(_current_process._config)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        if name:
            self._name = name
        else:
            self._name = type(self).__name__ + '-' + ':'.join(
                [str(i) for i in self._identity])
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """Method to be run in sub-process; can be overridden in sub-class."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start child process."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        method = self._start_method or get_start_method()
        prep = {'name': self._name, 'identity': self._identity,
                'config': self._config, 'parent_pid': self._parent_pid,
                'parent_name': self._parent_name,
                'start_method': method}
        if _log_to_stderr[0]:
            # as spawn's preparation data (and a fork's copy of the logger)
            prep['log_to_stderr'] = True
            prep['log_level'] = get_logger().getEffectiveLevel()
        # The Process object (target, args and all) is copied now: spawn
        # pickles it, fork copies the memory (_mp copies functions by value).
        self._popen = _mp.start(prep, self, self._name, method == 'fork')
        _children.add(self)

    def terminate(self):
        """Terminate process; sends SIGTERM signal or uses TerminateProcess()."""
        self._check_closed()
        if self._popen is not None:
            self._popen.terminate()

    def kill(self):
        """Terminate process; sends SIGKILL signal or uses TerminateProcess()."""
        self._check_closed()
        if self._popen is not None:
            self._popen.kill()

    def join(self, timeout=None):
        """Wait until child process terminates."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.join(timeout)
        if res:
            _children.discard(self)

    def is_alive(self):
        """Return whether process is alive."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        if self._popen.exitcode() is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        if self._popen is not None:
            if self._popen.exitcode() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
            _children.discard(self)
        self._closed = True

    def _get_name(self):
        return self._name

    def _set_name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    name = property(_get_name, _set_name)

    def _get_daemon(self):
        return self._config.get('daemon', False)

    def _set_daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    daemon = property(_get_daemon, _set_daemon)

    def _get_exitcode(self):
        self._check_closed()
        if self._popen is None:
            return None
        return self._popen.exitcode()

    exitcode = property(_get_exitcode)

    def _get_ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen.pid() if self._popen is not None else None

    ident = property(_get_ident)
    pid = property(_get_ident)

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.exitcode()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid())
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        """In the child: run(), and the exit code CPython's _bootstrap gives."""
        try:
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            _thread._print_exception(e)
        return exitcode


class Process(BaseProcess):
    __module__ = 'multiprocessing.context'


# What a context's Process is (ctx.Process): its name says its method.
class ForkProcess(BaseProcess):
    __module__ = 'multiprocessing.context'
    _start_method = 'fork'


class SpawnProcess(BaseProcess):
    __module__ = 'multiprocessing.context'
    _start_method = 'spawn'


class ForkServerProcess(BaseProcess):
    __module__ = 'multiprocessing.context'
    _start_method = 'forkserver'


_process_classes = {'fork': ForkProcess, 'spawn': SpawnProcess,
                    'forkserver': ForkServerProcess}


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._parent_name = None
        self._popen = None
        self._closed = False
        self._config = {}
        self._target = None
        self._args = ()
        self._kwargs = {}


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._parent_name = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return True

    def _get_ident(self):
        return self._pid

    ident = property(_get_ident)
    pid = property(_get_ident)


_current_process = _MainProcess()
_parent_process = [None]


def current_process():
    """Return process object representing the current process."""
    return _current_process


def parent_process():
    """Return process object representing the parent process."""
    return _parent_process[0]


def _cleanup():
    for p in list(_children):
        if p._popen is not None and p._popen.exitcode() is not None:
            _children.discard(p)


def active_children():
    """Return list of process objects corresponding to live child processes."""
    _cleanup()
    return list(_children)


def _exit_function():
    # multiprocessing.util._exit_function: terminate daemonic children, join
    # the others.
    for p in list(_children):
        if p.daemon and p._popen is not None:
            p._popen.terminate()
    for p in list(_children):
        if p._popen is not None:
            p._popen.join()
    _children.clear()


def _install_exit_hook(fn):
    register = getattr(threading, '_register_atexit', None)
    if register is not None:
        register(fn)
        return
    old = threading._shutdown

    def _shutdown_with_hook():
        fn()
        old()
    threading._shutdown = _shutdown_with_hook


_install_exit_hook(_exit_function)


def _child_main():
    """A spawned child's bootstrap (called by _multiprocessing in C)."""
    global _current_process
    prep = _mp.child_prep()
    if type(prep) is dict and 'mpi4py.rank' in prep:
        import mpi4py.MPI
        return mpi4py.MPI._rank_main(prep)
    if type(prep) is dict and 'subprocess.plan' in prep:
        import subprocess
        return subprocess._external_main(prep)
    stub = _MainProcess()
    stub._name = prep['name']
    stub._identity = prep['identity']
    stub._config = prep['config']
    stub._parent_pid = prep['parent_pid']
    _current_process = stub
    _parent_process[0] = _ParentProcess(prep['parent_name'], prep['parent_pid'])
    _start_method[0] = prep['start_method']
    _process_counter[0] = 0
    if prep.get('log_to_stderr'):
        log_to_stderr()
        get_logger().setLevel(prep['log_level'])
    try:
        _mp.run_main()
        obj = _mp.child_payload()
    except BaseException as e:
        sys.stderr.write('Process %s:\n' % prep['name'])
        _thread._print_exception(e)
        return 1
    obj._popen = None
    _current_process = obj
    return obj._bootstrap()


# ---- queues and pipes ----

class SimpleQueue(object):
    __module__ = 'multiprocessing.queues'
    _mp_inherit_only = 'SimpleQueue'

    def __init__(self, *, ctx=None):
        self._chan = _mp.Channel('SimpleQueue.get')

    def put(self, obj):
        self._chan.put(obj)

    def get(self):
        ok, obj = self._chan.get()
        return obj

    def empty(self):
        return self._chan.qsize() == 0

    def close(self):
        pass

    def _clear(self):
        self._chan.clear()


class Queue(object):
    __module__ = 'multiprocessing.queues'
    _mp_inherit_only = 'Queue'

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize
        self._chan = _mp.Channel('Queue.get')

    def put(self, obj, block=True, timeout=None):
        self._chan.put(obj)

    def put_nowait(self, obj):
        self.put(obj, False)

    def get(self, block=True, timeout=None):
        if not block:
            if timeout is not None:
                # CPython's SemLock.acquire(False, timeout) still wants a
                # real number (PyFloat_AsDouble): math.isnan checks as it does.
                _math.isnan(timeout)
            timeout = 0
        ok, obj = self._chan.get(timeout)
        if not ok:
            raise _queue.Empty
        return obj

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._chan.qsize()

    def empty(self):
        return self._chan.qsize() == 0

    def full(self):
        return False

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    _mp_inherit_only = 'JoinableQueue'
    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._done = _mp.Channel('JoinableQueue.join')
        self._unfinished = _mp.Channel('JoinableQueue.join')

    def put(self, obj, block=True, timeout=None):
        self._unfinished.put(None)
        self._chan.put(obj)

    def task_done(self):
        ok, x = self._unfinished.get(0)
        if not ok:
            raise ValueError('task_done() called too many times')
        if self._unfinished.qsize() == 0:
            self._done.put(None)

    def join(self):
        while self._unfinished.qsize():
            self._done.get()


class Connection(object):
    __module__ = 'multiprocessing.connection'

    def __init__(self, inbox, outbox, readable=True, writable=True):
        self._in = inbox
        self._out = outbox
        self._readable = readable
        self._writable = writable
        self._closed = False
        # This process may send on outbox: once every process let go of
        # its writers there (closed them, or ended), recv() at the other
        # end raises EOFError.
        self._writer = outbox.writer() if writable else None

    def _check(self):
        if self._closed:
            raise OSError("handle is closed")

    def send(self, obj):
        self._check()
        if not self._writable:
            raise OSError("connection is read-only")
        self._out.put(obj)

    def recv(self):
        self._check()
        if not self._readable:
            raise OSError("connection is write-only")
        ok, obj = self._in.get()
        if ok is None:
            raise EOFError
        return obj

    def poll(self, timeout=0.0):
        self._check()
        if not self._readable:
            raise OSError("connection is write-only")
        return self._in.poll(timeout)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._writer is not None:
                self._writer.close()

    closed = property(lambda self: self._closed)
    readable = property(lambda self: self._readable)
    writable = property(lambda self: self._writable)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    """Returns two Connection objects connected by a pipe."""
    a = _mp.Channel('Connection.recv')
    b = _mp.Channel('Connection.recv')
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, b, True, False), Connection(b, a, False, True)


# ---- Pool ----

INIT = 'INIT'
RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return [args[0](*a) for a in args[1]]


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be safely sent through the socket."""
    __module__ = 'multiprocessing.pool'

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


_WORKER_EXIT = 'worker-exit'     # a worker retired after maxtasks: replace it
_SYNC = 'sync'                   # Pool.join: every message before this one was handled


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    """A pool worker: run tasks until a None arrives (or, with maxtasks,
    until it has done that many, then say so: the pool starts another)."""
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        completed += 1
        task = inqueue.get()
        if task is None:
            return
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, MaybeEncodingError(e, result[1]))))
        task = job = result = func = args = kwds = None
    outqueue.put((_WORKER_EXIT, (os.getpid(), threading.get_ident()), None))


_job_counter = [0]


class ApplyResult(object):
    __module__ = 'multiprocessing.pool'

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = _job_counter[0]
        _job_counter[0] += 1
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    __module__ = 'multiprocessing.pool'

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                # only store first exception
                self._success = False
                self._value = result
            if self._number_left == 0:
                # only consider the result ready once all jobs are done
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator(object):
    __module__ = 'multiprocessing.pool'

    def __init__(self, pool, ordered=True, chunked=False):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock(), what='IMapIterator.next')
        self._job = _job_counter[0]
        _job_counter[0] += 1
        self._cache = pool._cache
        self._items = []          # completed (success, value) in completion order
        self._unsorted = {}
        self._index = 0
        self._length = None
        self._ordered = ordered
        self._chunked = chunked
        self._pending_chunk = []
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def _next_item(self, timeout):
        with self._cond:
            if not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration
                self._cond.wait(timeout)
                if not self._items:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration
                    raise TimeoutError
            success, value = self._items.pop(0)
        if success:
            return value
        raise value

    def next(self, timeout=None):
        while True:
            if self._pending_chunk:
                return self._pending_chunk.pop(0)
            value = self._next_item(timeout)
            if not self._chunked:
                return value
            self._pending_chunk = list(value)

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if not self._ordered:
                self._items.append(obj)
                self._index += 1
                self._cond.notify()
            elif self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    pass


def _handle_results(outqueue, cache, pool=None):
    while True:
        task = outqueue.get()
        if task is None:
            return
        job, i, obj = task
        if job == _WORKER_EXIT:
            pool._replace_worker(i)
            continue
        if job == _SYNC:
            pool._synced.set()
            continue
        r = cache.get(job)
        if r is not None:
            r._set(i, obj)


class Pool(object):
    """A pool of worker processes to which jobs can be submitted."""
    __module__ = 'multiprocessing.pool'

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        self._processes = processes
        self._cache = {}
        self._setup_queues()
        self._ctx = context or get_context()
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        for i in range(processes):
            self._pool.append(self._new_worker())
        self._result_handler = threading.Thread(
            target=_handle_results, args=(self._outqueue, self._cache, self), daemon=True)
        self._result_handler.start()
        self._state = RUN

    def _setup_queues(self):
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()

    def _new_worker(self):
        w = self._ctx.Process(target=worker,
                              args=(self._inqueue, self._outqueue, self._initializer,
                                    self._initargs, self._maxtasksperchild))
        w.name = w.name.replace('Process', 'PoolWorker')
        w.daemon = True
        w.start()
        return w

    def _is_worker(self, w, wid):
        return w.pid == wid[0]

    def _replace_worker(self, wid):
        """(result handler) The worker wid (pid, thread) retired after
        maxtasksperchild tasks: it is joined and another takes its place,
        unless the pool is terminating."""
        for w in list(self._pool):
            if self._is_worker(w, wid):
                w.join()
                self._pool.remove(w)
                break
        if self._state != TERMINATE:
            self._pool.append(self._new_worker())

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%d>' % (
            'multiprocessing.pool', type(self).__name__, self._state, len(self._pool))

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _put(self, result, task):
        try:
            self._inqueue.put(task)
        except Exception as e:
            job, i = task[0], task[1]
            result._set(i, (False, e))

    def apply(self, func, args=(), kwds={}):
        """Equivalent of func(*args, **kwds)."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put(result, (result._job, 0, func, args, kwds))
        return result

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        if chunksize > 0:
            items = list(iterable)
            i = 0
            for start in range(0, len(items), chunksize):
                chunk = tuple(items[start:start + chunksize])
                self._put(result, (result._job, i, mapper, ((func, chunk),), {}))
                i += 1
        return result

    def map(self, func, iterable, chunksize=None):
        """Apply func to each element in iterable, collecting the results in a
        list that is returned."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize == 1:
            result = IMapIterator(self, ordered)
            n = 0
            for x in iterable:
                self._put(result, (result._job, n, func, (x,), {}))
                n += 1
            result._set_length(n)
            return result
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(self, ordered, chunked=True)
        items = list(iterable)
        n = 0
        for start in range(0, len(items), chunksize):
            chunk = tuple(items[start:start + chunksize])
            self._put(result, (result._job, n, mapstar, ((func, chunk),), {}))
            n += 1
        result._set_length(n)
        return result

    def imap(self, func, iterable, chunksize=1):
        """Equivalent of map() -- can be MUCH slower than Pool.map()."""
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for w in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        if self._state == RUN:
            # Tasks not yet taken are dropped; busy workers stop after theirs.
            self._inqueue._clear()
            for w in self._pool:
                self._inqueue.put(None)
        self._state = TERMINATE
        for w in self._pool:
            w.terminate()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        while True:
            workers = list(self._pool)
            for w in workers:
                w.join()
            if self._maxtasksperchild is None or self._state != CLOSE:
                break
            # Workers that retired asked for successors before they ended:
            # once the handler has seen everything sent so far, the pool
            # is complete, or there are new workers to wait for.
            self._synced = threading.Event()
            self._outqueue.put((_SYNC, None, None))
            self._synced.wait()
            if all(w in workers for w in self._pool):
                break
        if self._state == CLOSE:
            # let the result handler deliver what is left, then stop it
            self._outqueue.put(None)
            self._result_handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class _ThreadQueue(object):
    """A ThreadPool's task and result queues: between threads, objects go
    as they are (nothing is pickled: lambdas are fine)."""

    def __init__(self):
        self._q = _queue.SimpleQueue()

    def put(self, obj):
        self._q.put(obj)

    def get(self):
        return self._q.get()

    def empty(self):
        return self._q.empty()

    def _clear(self):
        while not self._q.empty():
            self._q.get()


class ThreadPool(Pool):
    """multiprocessing.pool.ThreadPool: Pool's API on worker threads of this
    process."""
    __module__ = 'multiprocessing.pool'

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = _ThreadQueue()
        self._outqueue = _ThreadQueue()

    def _new_worker(self):
        t = threading.Thread(target=worker,
                             args=(self._inqueue, self._outqueue, self._initializer,
                                   self._initargs, self._maxtasksperchild))
        t.daemon = True
        t.start()
        return _ThreadWorker(t)

    def _is_worker(self, w, wid):
        return w._thread.ident == wid[1]


class _ThreadWorker(object):
    """A ThreadPool worker as the pool handles it (join, is_alive; threads
    are not terminated: they stop after the task they run)."""

    def __init__(self, thread):
        self._thread = thread

    def join(self, timeout=None):
        self._thread.join(timeout)

    def is_alive(self):
        return self._thread.is_alive()

    def terminate(self):
        pass


class _Context(object):
    """What get_context() returns: the module's API, its processes started
    by the context's method."""

    def __init__(self, method):
        self._method = method
        self.Process = _process_classes[method]

    def get_start_method(self, allow_none=False):
        return self._method

    def get_context(self, method=None):
        return get_context(method or self._method)

    def Pool(self, processes=None, initializer=None, initargs=(),
             maxtasksperchild=None):
        return Pool(processes, initializer, initargs, maxtasksperchild, self)

    def __getattr__(self, name):
        try:
            return globals()[name]
        except KeyError:
            raise AttributeError(name)

    def __repr__(self):
        return '<multiprocessing.context.%sContext object at %s>' % (
            self.Process.__name__[:-len('Process')], hex(id(self)))


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    return _Context(method)


# ---- synchronisation between processes (multiprocessing.synchronize) ----
# Each primitive keeps its state in channels, which cross to children by
# reference: a semaphore's value is the number of tokens waiting in its
# channel, so acquire() takes one (blocking, as sem_wait does, through the
# scheduler) and release() puts one back. What a process knows only about
# itself (which of its threads owns a lock, how often an RLock was taken)
# stays in the wrapper, keyed by pid and thread, as SemLock's _is_mine.
# Unlike CPython, gilsim lets these also go through a Queue (CPython's
# "should only be shared between processes through inheritance").

SEM_VALUE_MAX = 2147483647


def _me():
    return (os.getpid(), threading.get_ident())


def _check_timeout(block, timeout):
    if not block:
        return 0
    if timeout is None:
        return None
    return max(timeout, 0)


class _SemLock(object):
    __module__ = 'multiprocessing.synchronize'
    _what = 'Semaphore.acquire'

    def __init__(self, value, maxvalue, *, ctx=None):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._tokens = _mp.Channel(self._what)
        self._maxvalue = maxvalue
        self._owner = None
        self._count = 0
        for i in range(value):
            self._tokens.put(None)

    def acquire(self, block=True, timeout=None):
        ok, x = self._tokens.get(_check_timeout(block, timeout))
        if ok:
            self._owner = _me()
            self._count = 1
        return bool(ok)

    def release(self):
        if self._maxvalue is not None and self._tokens.qsize() >= self._maxvalue:
            raise ValueError('semaphore or lock released too many times')
        self._count = 0
        self._owner = None
        self._tokens.put(None)

    def _get_value(self):
        return self._tokens.qsize()

    get_value = _get_value

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()


class Semaphore(_SemLock):
    __module__ = 'multiprocessing.synchronize'
    _mp_inherit_only = 'Semaphore'

    def __init__(self, value=1, *, ctx=None):
        _SemLock.__init__(self, value, None)

    def __repr__(self):
        return '<%s(value=%s)>' % (self.__class__.__name__, self._get_value())


class BoundedSemaphore(Semaphore):
    __module__ = 'multiprocessing.synchronize'
    _mp_inherit_only = 'BoundedSemaphore'

    def __init__(self, value=1, *, ctx=None):
        _SemLock.__init__(self, value, value)

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (
            self.__class__.__name__, self._get_value(), self._maxvalue)


class _OwnedLock(_SemLock):
    """What Lock and RLock share: one token, and who in which process holds it."""

    def __init__(self, *, ctx=None):
        _SemLock.__init__(self, 1, 1)

    def _is_mine(self):
        return self._owner == _me()

    def _owner_name(self):
        # as SemLock's repr tells them apart
        if self._owner == _me():
            name = current_process().name
            if threading.current_thread().name != 'MainThread':
                name += '|' + threading.current_thread().name
            return name
        if self._get_value() == 1:
            return 'None'
        if self._owner is not None and self._owner[0] == os.getpid():
            return 'SomeOtherThread'
        return 'SomeOtherProcess'


class Lock(_OwnedLock):
    __module__ = 'multiprocessing.synchronize'
    _mp_inherit_only = 'Lock'
    _what = 'Lock.acquire'

    def __repr__(self):
        return '<%s(owner=%s)>' % (self.__class__.__name__, self._owner_name())


class RLock(_OwnedLock):
    __module__ = 'multiprocessing.synchronize'
    _mp_inherit_only = 'RLock'
    _what = 'RLock.acquire'

    def acquire(self, block=True, timeout=None):
        if self._owner == _me():
            self._count += 1
            return True
        return _SemLock.acquire(self, block, timeout)

    def release(self):
        if self._owner != _me():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        if self._count > 1:
            self._count -= 1
            return
        _SemLock.release(self)

    def __repr__(self):
        name = self._owner_name()
        if name == 'None':
            count = 0
        elif self._owner == _me():
            count = self._count
        else:
            count = 'nonzero'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class _UsesLock(object):
    """What holds a lock and is used as it (a Condition, a synchronized value)."""

    def _use_lock(self, lock):
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class Condition(_UsesLock):
    _mp_inherit_only = 'Condition'
    """A condition variable between processes, made of semaphores: sleepers
    count themselves in, wait on a shared semaphore, and count themselves
    woken, so that notify() knows how many it released."""
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, lock=None, *, ctx=None):
        self._use_lock(lock or RLock())
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self._wait_semaphore._tokens = _mp.Channel('Condition.wait')

    def __repr__(self):
        num_waiters = (self._sleeping_count._get_value() -
                       self._woken_count._get_value())
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def _check_owned(self, what):
        if not self._lock._is_mine():
            raise AssertionError('must acquire() condition before using %s()' % what)

    def wait(self, timeout=None):
        self._check_owned('wait')
        self._sleeping_count.release()
        # let go of the lock entirely (an RLock may be held several times)
        levels = self._lock._count if isinstance(self._lock, RLock) else 1
        for i in range(levels):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(levels):
                self._lock.acquire()

    def notify(self, n=1):
        self._check_owned('notify')
        if self._wait_semaphore.acquire(False):
            raise AssertionError('notify: semaphore already has a token')
        # sleepers that timed out have counted themselves woken already
        while self._woken_count.acquire(False):
            self._sleeping_count.acquire(False)
        released = 0
        while released < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            released += 1
        if released:
            for i in range(released):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = _time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - _time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event(object):
    _mp_inherit_only = 'Condition'
    """The flag is a token in a channel: set() puts it, clear() takes it,
    wait() waits (through the scheduler) until it is there."""
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, *, ctx=None):
        self._flag = _mp.Channel('Event.wait')
        self._lock = Lock()

    def is_set(self):
        return self._flag.qsize() > 0

    def set(self):
        with self._lock:
            if self._flag.qsize() == 0:
                self._flag.put(True)

    def clear(self):
        with self._lock:
            self._flag.clear()

    def wait(self, timeout=None):
        if timeout is not None and timeout <= 0:
            return self.is_set()
        return self._flag.poll(timeout)

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return '<%s at %#x %s>' % (type(self).__name__, id(self), set_status)


class Barrier(threading.Barrier):
    _mp_inherit_only = 'Condition'
    """threading.Barrier's algorithm on state shared between processes: its
    _state and _count live in a shared Array, under a Condition between
    processes."""
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        if parties < 1:
            raise ValueError('parties must be >= 1')
        self._shared = Array('i', 2, lock=False)   # [state, count]
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties

    def _get_state(self):
        return self._shared[0]

    def _set_state(self, value):
        self._shared[0] = value

    def _get_count(self):
        return self._shared[1]

    def _set_count(self, value):
        self._shared[1] = value

    _state = property(_get_state, _set_state)
    _count = property(_get_count, _set_count)


# ---- shared values (multiprocessing.sharedctypes) ----
# A Value's or an Array's contents are one message kept in a channel: a
# read takes it out and puts it back, a write replaces it, so each single
# access is atomic and `v.value += 1` is two accesses (and races, as in
# CPython, unless done under get_lock()). Values are kept as the C type
# would: an int typecode wraps to its width, a float one converts.

_typecode_types = {'b': ctypes.c_byte, 'B': ctypes.c_ubyte, 'h': ctypes.c_short,
                   'H': ctypes.c_ushort, 'i': ctypes.c_int, 'I': ctypes.c_uint,
                   'l': ctypes.c_long, 'L': ctypes.c_ulong, 'q': ctypes.c_longlong,
                   'Q': ctypes.c_ulonglong, 'f': ctypes.c_float, 'd': ctypes.c_double}


def _ctype(typecode_or_type):
    """The ctypes type a typecode names (a ctypes type stands for itself)."""
    if isinstance(typecode_or_type, str):
        if typecode_or_type in _typecode_types:
            return _typecode_types[typecode_or_type]
        if typecode_or_type in ('c', 'u'):
            raise NotImplementedError(
                "multiprocessing shared values of typecode %r (characters) are not "
                "supported by gilsim" % typecode_or_type)
    elif isinstance(typecode_or_type, type) and issubclass(typecode_or_type, ctypes._SimpleCData):
        return typecode_or_type
    raise TypeError('this type has no size')


def _convert(ctype, value):
    return ctypes._convert(ctype._type_, value)


def _format_item(ctype, value):
    return '%s(%r)' % (ctype.__name__, value)


class _SharedCell(object):
    """One object kept in a channel, read and written whole."""

    def __init__(self, value, what):
        self._cell = _mp.Channel(what)
        self._cell.put(value)

    def _load(self):
        return self._cell.peek()

    def _store(self, value):
        self._cell.get()
        self._cell.put(value)


class RawValue(_SharedCell):
    __module__ = 'multiprocessing.sharedctypes'

    def __init__(self, typecode_or_type, *args):
        self._code = _ctype(typecode_or_type)
        value = _convert(self._code, args[0] if args else 0)
        _SharedCell.__init__(self, value, 'Value')

    def _get_value(self):
        return self._load()

    def _set_value(self, value):
        self._store(_convert(self._code, value))

    value = property(_get_value, _set_value)

    def __repr__(self):
        return _format_item(self._code, self._load())


class RawArray(_SharedCell):
    __module__ = 'multiprocessing.sharedctypes'

    def __init__(self, typecode_or_type, size_or_initializer):
        self._code = _ctype(typecode_or_type)
        if isinstance(size_or_initializer, int):
            items = [_convert(self._code, 0)] * size_or_initializer
        else:
            items = [_convert(self._code, x) for x in size_or_initializer]
        self._length = len(items)
        _SharedCell.__init__(self, items, 'Array')

    def __len__(self):
        return self._length

    def __getitem__(self, i):
        return self._load()[i]

    def __setitem__(self, i, value):
        items = self._load()
        if isinstance(i, slice):
            new = [_convert(self._code, x) for x in value]
            old = items[i]
            if len(new) != len(old):
                raise ValueError('Can only assign sequence of same size')
            items[i] = new
        else:
            items[i] = _convert(self._code, value)
        self._store(items)

    def __iter__(self):
        return iter(self._load())

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (
            self._code.__name__, self._length, id(self))


class Synchronized(_UsesLock):
    __module__ = 'multiprocessing.sharedctypes'
    _mp_inherit_only = 'Synchronized'

    def __init__(self, obj, lock=None):
        self._obj = obj
        self._use_lock(lock or RLock())

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def _get_value(self):
        with self._lock:
            return self._obj.value

    def _set_value(self, value):
        with self._lock:
            self._obj.value = value

    value = property(_get_value, _set_value)

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class SynchronizedArray(Synchronized):
    __module__ = 'multiprocessing.sharedctypes'
    _mp_inherit_only = 'SynchronizedArray'

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        return iter(self[:])


def _synchronized(obj, lock, wrapper):
    if lock is False:
        return obj
    if lock in (True, None):
        lock = RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return wrapper(obj, lock)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared value, wrapped with a lock unless lock is False."""
    return _synchronized(RawValue(typecode_or_type, *args), lock, Synchronized)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array, wrapped with a lock unless lock is False."""
    return _synchronized(RawArray(typecode_or_type, size_or_initializer), lock, SynchronizedArray)


# ---- managers (multiprocessing.managers) ----
# CPython's Manager() runs a server process that owns the objects; its
# proxies send every method call there. Here the managed object lives in a
# channel instead: a call takes it out, runs the method on it and puts it
# back, so every call is atomic with respect to the other processes, and
# `d[k] += 1` (a read, then a write) can race as it does in CPython. The
# manager's process is not simulated (it does take its number in process
# names, as in CPython); the proxies cross to children by reference.

class BaseProxy(object):
    __module__ = 'multiprocessing.managers'
    _typeid = None

    def __init__(self, value):
        object.__setattr__(self, '_cell', _mp.Channel(self._typeid + ' proxy'))
        self._cell.put(value)

    def _callmethod(self, name, args=(), kwds={}):
        if name in _READ_ONLY:
            # a copy will do, and readers never find the object missing
            return getattr(self._cell.peek(), name)(*args, **kwds)
        ok, obj = self._cell.get()
        try:
            return getattr(obj, name)(*args, **kwds)
        finally:
            self._cell.put(obj)

    def _getvalue(self):
        return self._cell.peek()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')


_READ_ONLY = frozenset(['__contains__', '__getitem__', '__len__', '__repr__', '__str__',
                        'copy', 'get', 'items', 'keys', 'values', 'count', 'index',
                        '__add__', '__mul__', '__rmul__', '__reversed__'])


def _proxy_method(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


class DictProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'
    _typeid = 'dict'


for _name in ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__',
              'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
              'update', 'values'):
    setattr(DictProxy, _name, _proxy_method(_name))
DictProxy.__iter__ = lambda self: iter(self._callmethod('keys'))


class ListProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'
    _typeid = 'list'

    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


for _name in ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
              '__mul__', '__reversed__', '__rmul__', '__setitem__', 'append', 'count',
              'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort'):
    setattr(ListProxy, _name, _proxy_method(_name))
ListProxy.__iter__ = lambda self: iter(self._getvalue())


class Namespace(object):
    __module__ = 'multiprocessing.managers'

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class NamespaceProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'
    _typeid = 'Namespace'

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        ns = self._getvalue()
        try:
            return ns.__dict__[key]
        except KeyError:
            raise AttributeError("'Namespace' object has no attribute '%s'" % key)

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        ok, ns = self._cell.get()
        ns.__dict__[key] = value
        self._cell.put(ns)

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        ok, ns = self._cell.get()
        try:
            del ns.__dict__[key]
        finally:
            self._cell.put(ns)


class ValueProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'
    _typeid = 'Value'

    def get(self):
        return self._getvalue()

    def set(self, value):
        self._cell.get()
        self._cell.put(value)

    value = property(get, set)


class SyncManager(object):
    """What Manager() returns: its dict(), list(), Namespace(), Value()...
    make objects shared with child processes through proxies."""
    __module__ = 'multiprocessing.managers'

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        if address is not None:
            raise NotImplementedError('multiprocessing managers with an address (remote '
                                      'managers) are not supported by gilsim')
        self._state = 'INITIAL'

    def start(self, initializer=None, initargs=()):
        if self._state != 'INITIAL':
            raise ProcessError('Already started server')
        # The server process takes a process number, as CPython's does.
        _process_counter[0] += 1
        if initializer is not None:
            initializer(*initargs)
        self._state = 'STARTED'

    def shutdown(self):
        self._state = 'SHUTDOWN'

    def join(self, timeout=None):
        pass

    def __enter__(self):
        if self._state == 'INITIAL':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def _check(self):
        if self._state != 'STARTED':
            raise ProcessError('Manager has not been started' if self._state == 'INITIAL'
                               else 'Manager has shut down')

    def dict(self, *args, **kwds):
        self._check()
        return DictProxy(dict(*args, **kwds))

    def list(self, sequence=()):
        self._check()
        return ListProxy(list(sequence))

    def Namespace(self, **kwds):
        self._check()
        return NamespaceProxy(Namespace(**kwds))

    def Value(self, typecode, value, lock=True):
        self._check()
        return ValueProxy(value)

    def Array(self, typecode, sequence, lock=True):
        self._check()
        return ListProxy(list(sequence))

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        raise NotImplementedError('multiprocessing managers: Manager().Pool() is not '
                                  'supported by gilsim')


def _shared_factory(make):
    # A SyncManager method for a primitive: the same object, except that
    # (as a proxy) it may go anywhere, a Pool's tasks included.
    managed = type('_Managed' + make.__name__, (make,),
                   {'_mp_inherit_only': None, '__module__': 'multiprocessing.managers'})
    globals()[managed.__name__] = managed

    def factory(self, *args, **kwds):
        self._check()
        return managed(*args, **kwds)
    factory.__name__ = make.__name__
    return factory


for _make in (Queue, JoinableQueue, Lock, RLock, Semaphore, BoundedSemaphore, Event,
              Condition, Barrier):
    setattr(SyncManager, _make.__name__, _shared_factory(_make))


def Manager(*, ctx=None):
    """A started SyncManager."""
    m = SyncManager()
    m.start()
    return m


def freeze_support():
    """Nothing to do: a program run by gilsim is never a frozen executable."""
    pass


# ---- logging (CPython's multiprocessing.util.get_logger / log_to_stderr) ----
# The logger is made on first use; gilsim's process machinery does not log
# its own steps (CPython's "[INFO/Process-1] child process calling
# self.run()" lines). Children started after log_to_stderr() log to stderr
# too, at the parent's level, as CPython's do.

SUBDEBUG = 5
SUBWARNING = 25
LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'
_logger = None
_log_to_stderr = [False]


def get_logger():
    """The 'multiprocessing' logger (not propagating to the root)."""
    global _logger
    import logging
    with logging._lock:
        if not _logger:
            _logger = logging.getLogger(LOGGER_NAME)
            _logger.propagate = 0
    return _logger


def log_to_stderr(level=None):
    """get_logger() with a stderr handler in DEFAULT_LOGGING_FORMAT."""
    import logging
    logger = get_logger()
    formatter = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr[0] = True
    return _logger
