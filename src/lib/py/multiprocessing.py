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
child's start-up is charged the same under both methods. Not simulated: shared memory (Value, Array),
managers, Lock/Semaphore between processes and Queue's maxsize.
terminate() and kill() stop every thread of the child where it is (on the
real backend, a thread running Python code at its next check point).
"""

import math as _math
import os
import sys
import threading
import queue as _queue
import _thread
import _multiprocessing as _mp

__all__ = ['Process', 'current_process', 'active_children', 'parent_process',
           'Pool', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'cpu_count',
           'get_start_method', 'set_start_method', 'get_all_start_methods',
           'get_context', 'ProcessError', 'TimeoutError', 'BufferTooShort',
           'AuthenticationError']


# CPython's classes live in submodules (multiprocessing.context, .pool...):
# the names they give as __module__ resolve to this module, for pickling.
for _sub in ('context', 'process', 'queues', 'pool', 'connection'):
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
    stub = _MainProcess()
    stub._name = prep['name']
    stub._identity = prep['identity']
    stub._config = prep['config']
    stub._parent_pid = prep['parent_pid']
    _current_process = stub
    _parent_process[0] = _ParentProcess(prep['parent_name'], prep['parent_pid'])
    _start_method[0] = prep['start_method']
    _process_counter[0] = 0
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


class Queue(object):
    __module__ = 'multiprocessing.queues'

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


def worker(inqueue, outqueue, initializer=None, initargs=()):
    """A pool worker process: run tasks until a None arrives."""
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, MaybeEncodingError(e, result[1]))))


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


def _handle_results(outqueue, cache):
    while True:
        task = outqueue.get()
        if task is None:
            return
        job, i, obj = task
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
        self._processes = processes
        self._cache = {}
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()
        ctx = context or get_context()
        for i in range(processes):
            w = ctx.Process(target=worker,
                            args=(self._inqueue, self._outqueue, initializer, initargs))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._result_handler = threading.Thread(
            target=_handle_results, args=(self._outqueue, self._cache), daemon=True)
        self._result_handler.start()
        self._state = RUN

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
            self._inqueue._chan.clear()
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
        for w in self._pool:
            w.join()
        if self._state == CLOSE:
            # let the result handler deliver what is left, then stop it
            self._outqueue.put(None)
            self._result_handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


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


# ---- logging (CPython's multiprocessing.util.get_logger / log_to_stderr) ----
# The logger is made on first use; gilsim's process machinery does not log
# its own steps (CPython's "[INFO/Process-1] child process calling
# self.run()" lines), and children do not inherit log_to_stderr().

SUBDEBUG = 5
SUBWARNING = 25
LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'
_logger = None


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
    return _logger
