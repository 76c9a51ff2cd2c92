"""concurrent.futures: Future, wait, as_completed, ThreadPoolExecutor and
ProcessPoolExecutor, following CPython 3.11's Lib/concurrent/futures/_base.py,
thread.py and process.py.

as_completed() and Executor.map() are generators, as CPython's (a map
result dropped before its end is not closed, so its futures are not
cancelled then: gilsim does not close unreachable generators). The thread
pool is CPython's: one
SimpleQueue of work items, workers made lazily (one per submit while the pool
is below max_workers and no worker is idle — the idle semaphore of 3.8+),
named ThreadPoolExecutor-N_k, and joined at interpreter exit.

ProcessPoolExecutor runs on gilsim's simulated processes (see the
multiprocessing module): max_workers worker processes (default
os.cpu_count()) of mp_context (default: the start method's context), named
ForkProcess-N under fork and SpawnProcess-N under spawn, fed through a call queue of
max_workers + 1 items as CPython's is; a work item is marked running when it
enters the call queue, so only items still waiting behind it can be cancelled.
"""

import os
import sys
import threading
import time
import queue

# CPython's classes live in submodules (_base, thread, process): the names
# they give as __module__ resolve to this module, for pickling.
for _sub in ('_base', 'thread', 'process'):
    sys.modules['concurrent.futures.' + _sub] = sys.modules[__name__]

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""
    __module__ = 'concurrent.futures._base'


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""
    __module__ = 'concurrent.futures.thread'


class BrokenProcessPool(BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly."""
    __module__ = 'concurrent.futures.process'


def _log_callback_error(future, exc):
    # CPython logs this with LOGGER.exception (to stderr).
    import _thread
    sys.stderr.write('exception calling callback for %r\n' % (future,))
    _thread._print_exception(exc)


# ---- waiters: how wait() and as_completed() learn about finished futures ----

class _Waiter(object):
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


class _AcquireFutures(object):
    """A context manager that does an ordered acquire of Future conditions."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(
                f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes."""
    # a generator: all of this runs at the first next(), as in CPython
    # timeout + now, in CPython's order (it shows in a TypeError's message)
    deadline = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = set(
                f for f in fs
                if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    ready = list(finished)
    holders = (fs,)
    try:
        while True:
            # hand out the finished ones, last first; none is waited for again
            while ready:
                f = ready[-1]
                for s in holders:
                    s.remove(f)
                with f._condition:
                    f._waiters.remove(waiter)
                del f
                yield ready.pop()
            if not pending:
                return
            remaining = None
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(remaining)
            with waiter.lock:
                ready = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            ready.reverse()       # so that they come out in finishing order
            holders = (fs, pending)
    finally:
        # the futures not handed out stop notifying this waiter
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


class DoneAndNotDoneFutures(tuple):
    """DoneAndNotDoneFutures(done, not_done): a named tuple."""
    __module__ = 'concurrent.futures._base'

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])

    def _asdict(self):
        return {'done': self[0], 'not_done': self[1]}

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])
    _fields = ('done', 'not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in the given sequence to complete."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs
                   if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
        not_done = fs - done
        if (return_when == FIRST_COMPLETED) and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif (return_when == FIRST_EXCEPTION) and done:
            if any(f for f in done
                   if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)

        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)

        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)

    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


# ---- Future ----

class Future(object):
    """Represents the result of an asynchronous computation."""
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._condition = threading.Condition(what='Future')
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                _log_callback_error(self, e)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__,
                        id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (
                        self.__class__.__name__,
                        id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                    self.__class__.__name__,
                    id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancel the future if possible: False once it runs or is done."""
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def _get_result(self):
        if self._exception:
            raise self._exception
        else:
            return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            _log_callback_error(self, e)

    def result(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._get_result()

            self._condition.wait(timeout)

            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._get_result()
            else:
                raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception

            self._condition.wait(timeout)

            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


# ---- Executor ----

class Executor(object):
    """This is an abstract base class for concrete asynchronous executors."""
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter), results in order."""
        end_time = None
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # every future is submitted now, before the first result is asked
        # for: the generator is this inner function
        def result_iterator():
            try:
                fs.reverse()      # pop() then gives them in input order
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                # an error, or close(): the rest will not be needed
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# ---- ThreadPoolExecutor (thread.py) ----

_threads_queues = {}     # worker Thread -> its work queue (CPython: a WeakKeyDictionary)
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


def _install_exit_hook(fn):
    # CPython: threading._register_atexit(fn) — run when the main program
    # ends, before the non-daemon threads are joined.
    register = getattr(threading, '_register_atexit', None)
    if register is not None:
        register(fn)
        return
    old = threading._shutdown

    def _shutdown_with_hook():
        fn()
        old()
    threading._shutdown = _shutdown_with_hook


_install_exit_hook(_python_exit)


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            sys.stderr.write('Exception in initializer:\n')
            import _thread
            _thread._print_exception(e)
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            work_item = None
            executor._idle_semaphore.release()
            continue
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            # Notice other workers
            work_queue.put(None)
            return


class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'
    _counter = [0]

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            # CPython 3.8+: at least 5 workers for I/O bound tasks, at most 32.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            n = ThreadPoolExecutor._counter[0]
            ThreadPoolExecutor._counter[0] = n + 1
            thread_name_prefix = "ThreadPoolExecutor-%d" % n
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # if idle threads are available, don't spin new threads
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Drain work queue and mark pending futures failed
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Drain all work items from the queue, and then cancel their
                # associated futures.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()

            # Send a wake-up to prevent threads calling
            # _work_queue.get(block=True) from permanently blocking.
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


# ---- ProcessPoolExecutor (process.py), on gilsim's simulated processes ----

EXTRA_QUEUED_CALLS = 1


class _ProcessWorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _process_worker(call_queue, result_queue, initializer=None, initargs=()):
    """The body of a worker process: run the initializer, then calls until
    a None arrives. A failing initializer ends the worker, which breaks the
    pool (CPython's parent notices the dead process; here the worker says
    so on the result queue)."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            sys.stderr.write('Exception in initializer:\n')
            import _thread
            _thread._print_exception(e)
            result_queue.put((None, None, None, False))
            return
    while True:
        call_item = call_queue.get()
        if call_item is None:
            return
        work_id, fn, args, kwargs = call_item
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            result_queue.put((work_id, e, None, False))
        else:
            result_queue.put((work_id, None, r, True))


# CPython's process.py registers _python_exit with threading._register_atexit:
# when the main program ends, every pool's manager finishes the work already
# submitted, stops the workers and joins them, before multiprocessing joins
# its children (which would otherwise wait for work forever: a false
# deadlock). The hook is installed when the first pool is made, after
# multiprocessing's own exit hook, so that it runs first.
_process_executors = []     # pools with a manager (CPython: a WeakKeyDictionary)
_process_exit_hook = [False]


def _python_exit_processes():
    while _process_executors:
        executor = _process_executors.pop(0)
        executor.shutdown(wait=True)


def _install_process_exit_hook():
    if not _process_exit_hook[0]:
        _process_exit_hook[0] = True
        _install_exit_hook(_python_exit_processes)


class ProcessPoolExecutor(Executor):
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=()):
        import multiprocessing
        self._mp = multiprocessing
        _install_process_exit_hook()
        # CPython: the default context's Process, ForkProcess-N under fork
        self._mp_context = mp_context or multiprocessing.get_context()
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._work_ids = []
        self._in_flight = 0
        self._call_queue = multiprocessing.SimpleQueue()
        self._result_queue = multiprocessing.SimpleQueue()
        self._manager = None

    def _start_manager(self):
        if self._manager is None:
            for i in range(self._max_workers):
                p = self._mp_context.Process(target=_process_worker,
                                             args=(self._call_queue, self._result_queue,
                                                   self._initializer, self._initargs))
                p.start()
                self._processes[p.pid] = p
            self._manager = threading.Thread(target=self._manage, daemon=True)
            self._manager.start()
            _process_executors.append(self)

    def _fill_call_queue(self):
        # Called with _shutdown_lock held: move work to the call queue while
        # it holds fewer than max_workers + EXTRA_QUEUED_CALLS items.
        while self._work_ids and self._in_flight < self._max_workers + EXTRA_QUEUED_CALLS:
            work_id = self._work_ids.pop(0)
            item = self._pending_work_items[work_id]
            if item.future.set_running_or_notify_cancel():
                try:
                    self._call_queue.put((work_id, item.fn, item.args, item.kwargs))
                except BaseException as e:
                    del self._pending_work_items[work_id]
                    item.future.set_exception(e)
                    continue
                self._in_flight += 1
            else:
                del self._pending_work_items[work_id]

    def _manage(self):
        while True:
            with self._shutdown_lock:
                if self._shutdown_thread and not self._pending_work_items:
                    break
            result = self._result_queue.get()
            work_id, exc, value, ok = result
            if work_id is None:
                self._terminate_broken()
                return
            with self._shutdown_lock:
                self._in_flight -= 1
                item = self._pending_work_items.pop(work_id, None)
                self._fill_call_queue()
            if item is not None:
                if ok:
                    item.future.set_result(value)
                else:
                    item.future.set_exception(exc)
        for p in self._processes.values():
            self._call_queue.put(None)
        for p in self._processes.values():
            p.join()

    def _terminate_broken(self):
        # CPython's _ExecutorManagerThread.terminate_broken: every pending
        # future fails, the pool refuses new work, the workers are stopped.
        with self._shutdown_lock:
            self._broken = ('A child process terminated abruptly, the process '
                            'pool is not usable anymore')
            items = list(self._pending_work_items.values())
            self._pending_work_items.clear()
            self._work_ids = []
        for item in items:
            item.future.set_exception(BrokenProcessPool(
                'A process in the process pool was terminated abruptly while '
                'the future was running or pending.'))
        for p in self._processes.values():
            if p.is_alive():
                p.terminate()
        for p in self._processes.values():
            p.join()

    def submit(self, fn, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = Future()
            self._pending_work_items[self._queue_count] = _ProcessWorkItem(f, fn, args, kwargs)
            self._work_ids.append(self._queue_count)
            self._queue_count += 1
            self._start_manager()
            self._fill_call_queue()
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return Executor.map(self, fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
            if cancel_futures:
                for work_id in self._work_ids:
                    item = self._pending_work_items.pop(work_id, None)
                    if item is not None:
                        item.future.cancel()
                self._work_ids = []
            manager = self._manager
            if manager is not None and not self._pending_work_items:
                # Wake the manager up so that it sees the shutdown.
                self._result_queue.put((-1, None, None, True))
                self._in_flight += 1
        if manager is None:
            return
        if wait:
            manager.join()
