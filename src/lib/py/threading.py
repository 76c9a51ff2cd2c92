"""threading: higher-level threading on top of _thread (gilsim).

The design is CPython's: a Thread runs its target on a _thread thread and
holds a "tstate lock" while it lives, which join() waits for; Condition
keeps a lock per waiter; Event, Semaphore and Barrier are built on
Condition. Every wait therefore ends in a _thread lock, which blocks through
gilsim's scheduler: the GIL is released while waiting, timeouts use the
program clock, and a deadlock is reported with what each thread waits for.

gilsim's subset has no decorators: Thread.name, .daemon, .ident and
.native_id are properties made with property(getter, setter). The deprecated
camelCase aliases warn as CPython 3.11's do (warnings.warn, stacklevel 2:
shown once per calling line of __main__ under the default filters).
"""

import _thread
import sys as _sys

_start_new_thread = _thread.start_new_thread
_site = _thread._site
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

Lock = _allocate_lock


def RLock(*args, **kwargs):
    return _thread.RLock(*args, **kwargs)


_active = {}        # ident -> Thread, for threads that are running
_limbo = {}         # Thread -> Thread, started but not yet running
_counter = [0]
# 3.10+ name a thread with a target "Thread-1 (target)" (bpo-44470); the
# CPython version profile decides (gilsim --python).
_NAME_TARGET = _sys.version_info >= (3, 10)


def _deprecated(message):
    import warnings
    # stacklevel 3: past this helper and the alias, to the alias's caller
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _newname(name_template='Thread-%d'):
    _counter[0] += 1
    return name_template % _counter[0]


class Condition:
    """A condition variable: wait() releases the lock and blocks until
    notify(); each waiter blocks on a lock of its own."""

    # `what` (gilsim) names the condition in deadlock reports and on the
    # timeline; the program's own conditions are named by where they were made.
    def __init__(self, lock=None, what=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        if what is None:
            what = 'Condition created at ' + _site()
        self._what = what
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _release_save(self):
        if hasattr(self._lock, '_release_save'):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if hasattr(self._lock, '_acquire_restore'):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = _allocate_lock(self._what)
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


def _time():
    import time
    return time.monotonic()


class Semaphore:
    """A counter of permits: acquire() takes one, waiting while there are none."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock(), '%s created at %s' % (type(self).__name__, _site()))
        self._value = value

    def __repr__(self):
        return '<%s at %s: value=%d>' % (self.__class__.__module__ + '.' + self.__class__.__name__,
                                          hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return '<%s at %s: value=%d/%d>' % (self.__class__.__module__ + '.' + self.__class__.__name__,
                                             hex(id(self)), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock(), 'Event created at ' + _site())
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return '<%s at %s: %s>' % (self.__class__.__module__ + '.' + self.__class__.__name__,
                                    hex(id(self)), status)

    def is_set(self):
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        # CPython 3.11 does not check parties (3.13's "parties must be >= 1")
        self._cond = Condition(Lock(), 'Barrier created at ' + _site())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0       # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        if self._state == -2:
            return '<%s at %s: broken>' % (self.__class__.__module__ + '.' + self.__class__.__name__,
                                           hex(id(self)))
        return '<%s at %s: waiters=%d/%d>' % (self.__class__.__module__ + '.' + self.__class__.__name__,
                                               hex(id(self)), self._count, self._parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    def __getattr__(self, name):
        # CPython's properties `broken`, `n_waiting` and `parties`.
        if name == 'broken':
            return self._state == -2
        if name == 'n_waiting':
            return self._count if self._state == 0 else 0
        if name == 'parties':
            return self._parties
        raise AttributeError("'Barrier' object has no attribute '%s'" % name)


def _read_only(name):
    # the setter of a read-only property, for CPython 3.11's message (a
    # property made without a setter would give gilsim's generic one)
    def setter(self, value):
        raise AttributeError("property '%s' of '%s' object has no setter"
                             % (name, type(self).__name__))
    return setter


class Thread:
    """A thread of control: override run(), or pass a target."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None and _NAME_TARGET:
                try:
                    name += ' (%s)' % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        self.is_alive()
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        if not getattr(self, '_initialized', False):
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, (), name=self.name)
        except Exception:
            del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # CPython deletes them: no reference cycle through the target
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        # CPython's name: tracebacks of uncaught exceptions start here.
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._tstate_lock = _allocate_lock(self._name + ' to finish (join)')
        self._tstate_lock.acquire()
        self._started.set()
        _active[self.ident] = self
        del _limbo[self]
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            _invoke_excepthook(exc, self)
        finally:
            self._is_stopped = True
            del _active[self._ident]
            self._tstate_lock.release()

    def join(self, timeout=None):
        if not getattr(self, '_initialized', False):
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is not None:
            # CPython's max(timeout, 0), even for a finished thread: a
            # negative timeout acts as 0, a NaN reaches the lock (which
            # refuses it), a str fails as 0 > '1'.
            if 0 > timeout:
                timeout = 0
        if self._is_stopped:
            return
        lock = self._tstate_lock
        if lock is None:
            return
        if timeout is None:
            if lock.acquire():
                lock.release()
        elif lock.acquire(True, timeout):
            lock.release()

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    def _get_name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    def _set_name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)
        if self._ident is not None:
            _thread._set_name(self._ident, self._name)

    name = property(_get_name, _set_name, None,
                    "A string used for identification purposes only.")

    def _get_ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    ident = property(_get_ident, _read_only('ident'), None,
                     "Thread identifier of this thread or None if it has not been started.")

    def _get_native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    native_id = property(_get_native_id, _read_only('native_id'), None,
                         "Native integral thread ID of this thread, or None if it has not been started.")

    def _get_daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    def _set_daemon(self, daemonic):
        if not getattr(self, '_initialized', False):
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    daemon = property(_get_daemon, _set_daemon, None,
                      "A boolean value indicating whether this thread is a daemon thread.")

    def getName(self):
        """Deprecated getter of the name attribute."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated setter of the name attribute."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name

    def isDaemon(self):
        """Deprecated getter of the daemon attribute."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter of the daemon attribute."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic


class ExceptHookArgs(tuple):
    """The argument of excepthook: CPython's _thread._ExceptHookArgs, a
    4-sequence (exc_type, exc_value, exc_traceback, thread)."""
    __module__ = '_thread'

    def __new__(cls, seq):
        t = tuple(seq)
        if len(t) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)'
                            % len(t))
        return tuple.__new__(cls, t)

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)'
                % (self[0], self[1], self[2], self[3]))

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


ExceptHookArgs.__name__ = '_ExceptHookArgs'
ExceptHookArgs.__qualname__ = '_ExceptHookArgs'


def excepthook(args):
    """Prints an exception that ended a thread, as CPython does:
    "Exception in thread NAME:" and the traceback, on sys.stderr."""
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    _print_stderr('Exception in thread %s:' % name)
    _print_traceback(args.exc_value)


def _print_traceback(exc):
    import sys
    if sys.stderr is sys.__stderr__:
        _thread._print_exception(exc)
    elif sys.stderr is not None:
        # the program replaced sys.stderr (an io.StringIO, say): write there
        import traceback
        sys.stderr.write(''.join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


__excepthook__ = excepthook


def _invoke_excepthook(exc, thread):
    # CPython's _make_invoke_excepthook: the hook is looked up when the
    # thread fails (a program may have replaced threading.excepthook); an
    # exception in the hook itself is reported and the thread still ends.
    hook = globals()['excepthook']
    if hook is None:
        hook = __excepthook__
    args = ExceptHookArgs([type(exc), exc, exc.__traceback__, thread])
    try:
        hook(args)
    except BaseException as hook_exc:
        _print_stderr('Exception in threading.excepthook:')
        _print_traceback(hook_exc)


def _print_stderr(text):
    import sys
    sys.stderr.write(text + '\n')


class Timer(Thread):
    """Calls a function after a delay, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._tstate_lock = None
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self

    def join(self, timeout=None):
        raise AssertionError('cannot join a dummy thread')


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    return list(_active.values()) + list(_limbo.values())


def _shutdown():
    """Called when the main program ends: waits for non-daemon threads."""
    _main_thread._is_stopped = True
    for t in enumerate():
        if t is not _main_thread and not t._daemonic and t.is_alive():
            t.join()


def _local_get(self):
    # This thread's attributes of a local object; a thread that sees the
    # object for the first time runs the subclass's __init__ again with the
    # constructor's arguments, as CPython's _threading_local does.
    dicts = object.__getattribute__(self, '_local__dicts')
    ident = get_ident()
    if ident in dicts:
        return dicts[ident]
    d = {}
    dicts[ident] = d
    cls = type(self)
    if cls.__init__ is not object.__init__:
        args, kw = object.__getattribute__(self, '_local__args')
        cls.__init__(self, *args, **kw)
    return d


class local:
    """Thread-local data: each thread sees its own attributes. They are kept
    per thread ident in a dict of the instance, and every attribute access
    goes through __getattribute__/__setattr__."""

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kw))
        # the creating thread: type.__call__ runs __init__ itself
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        return self

    def __getattribute__(self, name):
        if name in ('_local__dicts', '_local__args'):
            return object.__getattribute__(self, name)
        d = _local_get(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        if type(self) is local:
            try:
                return object.__getattribute__(self, name)
            except AttributeError:
                raise AttributeError("'_thread._local' object has no attribute '%s'" % name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        _local_get(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = _local_get(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


local.__module__ = '_thread'
local.__name__ = '_local'
local.__qualname__ = '_local'


# settrace/setprofile are accepted and remembered (gettrace/getprofile),
# as CPython's; gilsim does not call them: it has no sys.settrace.
_trace_hook = None
_profile_hook = None


def settrace(func):
    """Remembers a trace function for threads started later (gilsim does not
    call it)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Remembers a profile function for threads started later (gilsim does
    not call it)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


_stack_size = [0]


def stack_size(size=0):
    """Returns the stack size of threads created later, and sets it: 0 (the
    default) or at least 32 KiB, as on Linux. gilsim's threads have no C
    stacks; the size only is kept."""
    if not isinstance(size, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
    if size < 0:
        raise ValueError('size must be 0 or a positive value')
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    old = _stack_size[0]
    _stack_size[0] = size
    return old


_main_thread = _MainThread()
