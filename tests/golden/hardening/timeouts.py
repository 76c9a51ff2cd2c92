# Timeouts that are NaN, negative, huge or of the wrong type, everywhere a
# timeout is taken: the errors and results of CPython 3.11. The threading
# primitives, time.sleep and SimpleQueue (C in CPython) convert a timeout as
# _PyTime_FromSecondsObject does (NaN, overflow, type) before their own
# checks; queue.Queue compares it first; multiprocessing waits through
# poll(2), which takes whole milliseconds in an int (about 24.8 days at
# most), does not wait for a timeout <= 0, and a process already reaped is
# not waited for at all. Only values with which CPython neither blocks nor
# spins are tried.
import concurrent.futures as cf
import multiprocessing as mp
import queue
import threading
import time

nan = float('nan')
inf = float('inf')
THREADING = [('nan', nan), ('-1', -1), ('-0.5', -0.5), ('-inf', -inf), ('0', 0),
             ('1e300', 1e300), ('inf', inf), ('10**30', 10**30), ('1e10', 1e10),
             ('9223372037.0', 9223372037.0), ("'1'", '1'), ('None', None)]
QUEUES = [('nan', nan), ('-1', -1), ('-1e-10', -1e-10), ('-inf', -inf), ('0', 0),
          ('1e300', 1e300), ('inf', inf), ('10**30', 10**30), ('1e10', 1e10),
          ('9223372037.0', 9223372037.0), ("'1'", '1')]
PROCESSES = [('nan', nan), ('-1', -1), ('-inf', -inf), ('0', 0), ('0.001', 0.001),
             ('1e300', 1e300), ('inf', inf), ('10**30', 10**30), ('1e10', 1e10),
             ('1e7', 1e7), ("'1'", '1')]


def attempt(values, label, fn, skip=()):
    for name, v in values:
        if name in skip:
            continue
        try:
            r = fn(v)
            print('%s(%s) -> %r' % (label, name, r))
        except BaseException as e:
            msg = ': %s' % e if str(e) else ''
            print('%s(%s) %s%s' % (label, name, type(e).__name__, msg))


def held_lock(v):
    lock = threading.Lock()
    lock.acquire()
    return lock.acquire(timeout=v)


def free_lock(v):
    return threading.Lock().acquire(timeout=v)


def rlock(v):
    return threading.RLock().acquire(True, v)


def nonblocking(v):
    return threading.Lock().acquire(False, v)


def semaphore(v):
    return threading.Semaphore(0).acquire(timeout=v)


def event(v):
    return threading.Event().wait(v)


def condition(v):
    c = threading.Condition()
    with c:
        return c.wait(v)


def wait_for(v):
    c = threading.Condition()
    with c:
        return c.wait_for(lambda: False, v)


def barrier(v):
    return threading.Barrier(2).wait(v)


def barrier_default(v):
    return threading.Barrier(2, timeout=v).wait()


def join(v):
    gate = threading.Event()
    t = threading.Thread(target=gate.wait)
    t.start()
    try:
        return (t.join(v), t.is_alive())
    finally:
        gate.set()
        t.join()


def sleep(v):
    return time.sleep(v)


def get(v):
    return queue.Queue().get(timeout=v)


def put(v):
    q = queue.Queue(1)
    q.put(1)
    return q.put(2, timeout=v)


def lifo_get(v):
    return queue.LifoQueue().get(True, v)


def simple_get(v):
    return queue.SimpleQueue().get(timeout=v)


def get_nowait(v):
    return queue.Queue().get(False, v)


# pending: a future that stays pending until the end (made in main).
def result(v):
    return pending.result(v)


def exception(v):
    return pending.exception(v)


def wait(v):
    done, not_done = cf.wait([pending], timeout=v)
    return (len(done), len(not_done))


def as_completed(v):
    return [f is pending for f in cf.as_completed([pending], timeout=v)]


def timer(v):
    fired = []
    t = threading.Timer(v, fired.append, args=(1,))
    t.start()
    t.join(0.05)
    t.cancel()
    t.join()
    return fired


def child(q):
    q.get()


if __name__ == '__main__':
    attempt(THREADING, 'Lock.acquire held', held_lock, skip=('-1', 'None'))
    attempt(THREADING, 'Lock.acquire free', free_lock)
    attempt(THREADING, 'RLock.acquire', rlock)
    attempt(THREADING, 'Lock.acquire(False)', nonblocking)
    attempt(THREADING, 'Semaphore.acquire', semaphore, skip=('nan', 'None'))
    attempt(THREADING, 'Event.wait', event, skip=('None',))
    attempt(THREADING, 'Condition.wait', condition, skip=('None',))
    attempt(THREADING, 'Condition.wait_for', wait_for, skip=('nan', 'None'))
    attempt(THREADING, 'Barrier.wait', barrier, skip=('nan', 'None'))
    attempt(THREADING, 'Barrier(timeout=)', barrier_default, skip=('nan', 'None'))
    attempt(THREADING, 'Thread.join', join, skip=('None',))
    attempt(THREADING, 'time.sleep', sleep, skip=('1e300', 'inf', '10**30', '1e10', '9223372037.0'))
    print('TIMEOUT_MAX', threading.TIMEOUT_MAX)

    gate = threading.Event()
    pool = cf.ThreadPoolExecutor(1)
    pending = pool.submit(gate.wait)
    attempt(QUEUES, 'Queue.get', get, skip=('nan',))
    attempt(QUEUES, 'Queue.put', put, skip=('nan',))
    attempt(QUEUES, 'LifoQueue.get', lifo_get, skip=('nan',))
    attempt(QUEUES, 'SimpleQueue.get', simple_get)
    attempt(QUEUES, 'Queue.get(False)', get_nowait)
    attempt(QUEUES, 'Future.result', result)
    attempt(QUEUES, 'Future.exception', exception)
    attempt(QUEUES, 'futures.wait', wait)
    attempt(QUEUES, 'as_completed', as_completed, skip=('nan',))
    attempt(QUEUES, 'Timer', timer, skip=("'1'",))
    gate.set()
    pool.shutdown()
    print(pending.result())

    go = mp.Queue()
    p = mp.Process(target=child, args=(go,))
    p.start()
    attempt(PROCESSES, 'Process.join', lambda v: (p.join(v), p.exitcode))

    empty = mp.Queue()
    attempt(PROCESSES, 'mp.Queue.get', lambda v: empty.get(timeout=v))
    attempt(PROCESSES, 'mp.Queue.get(False)', lambda v: empty.get(False, v))

    a, b = mp.Pipe()
    attempt(PROCESSES, 'Connection.poll', a.poll)
    b.send('ready')
    attempt(PROCESSES, 'Connection.poll ready', a.poll)
    print(a.recv())

    go.put(None)
    p.join()
    print('exitcode', p.exitcode)
    attempt(PROCESSES, 'Process.join reaped', lambda v: (p.join(v), p.exitcode))

# expect: Lock.acquire held(nan) ValueError: Invalid value NaN (not a number)
# expect: Lock.acquire held(-0.5) ValueError: timeout value must be positive
# expect: Lock.acquire held(-inf) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire held(0) -> False
# expect: Lock.acquire held(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire held(inf) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire held(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Lock.acquire held(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire held(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire held('1') TypeError: 'str' object cannot be interpreted as an integer
# expect: Lock.acquire free(nan) ValueError: Invalid value NaN (not a number)
# expect: Lock.acquire free(-1) -> True
# expect: Lock.acquire free(-0.5) ValueError: timeout value must be positive
# expect: Lock.acquire free(-inf) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire free(0) -> True
# expect: Lock.acquire free(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire free(inf) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire free(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Lock.acquire free(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire free(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire free('1') TypeError: 'str' object cannot be interpreted as an integer
# expect: Lock.acquire free(None) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: RLock.acquire(nan) ValueError: Invalid value NaN (not a number)
# expect: RLock.acquire(-1) -> True
# expect: RLock.acquire(-0.5) ValueError: timeout value must be positive
# expect: RLock.acquire(-inf) OverflowError: timestamp out of range for platform time_t
# expect: RLock.acquire(0) -> True
# expect: RLock.acquire(1e300) OverflowError: timestamp out of range for platform time_t
# expect: RLock.acquire(inf) OverflowError: timestamp out of range for platform time_t
# expect: RLock.acquire(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: RLock.acquire(1e10) OverflowError: timestamp out of range for platform time_t
# expect: RLock.acquire(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: RLock.acquire('1') TypeError: 'str' object cannot be interpreted as an integer
# expect: RLock.acquire(None) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: Lock.acquire(False)(nan) ValueError: Invalid value NaN (not a number)
# expect: Lock.acquire(False)(-1) -> True
# expect: Lock.acquire(False)(-0.5) ValueError: can't specify a timeout for a non-blocking call
# expect: Lock.acquire(False)(-inf) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire(False)(0) ValueError: can't specify a timeout for a non-blocking call
# expect: Lock.acquire(False)(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire(False)(inf) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire(False)(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Lock.acquire(False)(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire(False)(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Lock.acquire(False)('1') TypeError: 'str' object cannot be interpreted as an integer
# expect: Lock.acquire(False)(None) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: Semaphore.acquire(-1) -> False
# expect: Semaphore.acquire(-0.5) -> False
# expect: Semaphore.acquire(-inf) -> False
# expect: Semaphore.acquire(0) -> False
# expect: Semaphore.acquire(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Semaphore.acquire(inf) OverflowError: timestamp out of range for platform time_t
# expect: Semaphore.acquire(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Semaphore.acquire(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Semaphore.acquire(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Semaphore.acquire('1') TypeError: unsupported operand type(s) for +: 'float' and 'str'
# expect: Event.wait(nan) -> False
# expect: Event.wait(-1) -> False
# expect: Event.wait(-0.5) -> False
# expect: Event.wait(-inf) -> False
# expect: Event.wait(0) -> False
# expect: Event.wait(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Event.wait(inf) OverflowError: timestamp out of range for platform time_t
# expect: Event.wait(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Event.wait(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Event.wait(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Event.wait('1') TypeError: '>' not supported between instances of 'str' and 'int'
# expect: Condition.wait(nan) -> False
# expect: Condition.wait(-1) -> False
# expect: Condition.wait(-0.5) -> False
# expect: Condition.wait(-inf) -> False
# expect: Condition.wait(0) -> False
# expect: Condition.wait(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Condition.wait(inf) OverflowError: timestamp out of range for platform time_t
# expect: Condition.wait(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Condition.wait(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Condition.wait(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Condition.wait('1') TypeError: '>' not supported between instances of 'str' and 'int'
# expect: Condition.wait_for(-1) -> False
# expect: Condition.wait_for(-0.5) -> False
# expect: Condition.wait_for(-inf) -> False
# expect: Condition.wait_for(0) -> False
# expect: Condition.wait_for(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Condition.wait_for(inf) OverflowError: timestamp out of range for platform time_t
# expect: Condition.wait_for(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Condition.wait_for(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Condition.wait_for(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Condition.wait_for('1') TypeError: unsupported operand type(s) for +: 'float' and 'str'
# expect: Barrier.wait(-1) BrokenBarrierError
# expect: Barrier.wait(-0.5) BrokenBarrierError
# expect: Barrier.wait(-inf) BrokenBarrierError
# expect: Barrier.wait(0) BrokenBarrierError
# expect: Barrier.wait(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Barrier.wait(inf) OverflowError: timestamp out of range for platform time_t
# expect: Barrier.wait(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Barrier.wait(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Barrier.wait(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Barrier.wait('1') TypeError: unsupported operand type(s) for +: 'float' and 'str'
# expect: Barrier(timeout=)(-1) BrokenBarrierError
# expect: Barrier(timeout=)(-0.5) BrokenBarrierError
# expect: Barrier(timeout=)(-inf) BrokenBarrierError
# expect: Barrier(timeout=)(0) BrokenBarrierError
# expect: Barrier(timeout=)(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Barrier(timeout=)(inf) OverflowError: timestamp out of range for platform time_t
# expect: Barrier(timeout=)(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Barrier(timeout=)(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Barrier(timeout=)(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Barrier(timeout=)('1') TypeError: unsupported operand type(s) for +: 'float' and 'str'
# expect: Thread.join(nan) ValueError: Invalid value NaN (not a number)
# expect: Thread.join(-1) -> (None, True)
# expect: Thread.join(-0.5) -> (None, True)
# expect: Thread.join(-inf) -> (None, True)
# expect: Thread.join(0) -> (None, True)
# expect: Thread.join(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Thread.join(inf) OverflowError: timestamp out of range for platform time_t
# expect: Thread.join(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Thread.join(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Thread.join(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Thread.join('1') TypeError: '>' not supported between instances of 'int' and 'str'
# expect: time.sleep(nan) ValueError: Invalid value NaN (not a number)
# expect: time.sleep(-1) ValueError: sleep length must be non-negative
# expect: time.sleep(-0.5) ValueError: sleep length must be non-negative
# expect: time.sleep(-inf) OverflowError: timestamp out of range for platform time_t
# expect: time.sleep(0) -> None
# expect: time.sleep('1') TypeError: 'str' object cannot be interpreted as an integer
# expect: time.sleep(None) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: TIMEOUT_MAX 9223372036.0
# expect: Queue.get(-1) ValueError: 'timeout' must be a non-negative number
# expect: Queue.get(-1e-10) ValueError: 'timeout' must be a non-negative number
# expect: Queue.get(-inf) ValueError: 'timeout' must be a non-negative number
# expect: Queue.get(0) Empty
# expect: Queue.get(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Queue.get(inf) OverflowError: timestamp out of range for platform time_t
# expect: Queue.get(10**30) OverflowError: timestamp out of range for platform time_t
# expect: Queue.get(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Queue.get(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Queue.get('1') TypeError: '<' not supported between instances of 'str' and 'int'
# expect: Queue.put(-1) ValueError: 'timeout' must be a non-negative number
# expect: Queue.put(-1e-10) ValueError: 'timeout' must be a non-negative number
# expect: Queue.put(-inf) ValueError: 'timeout' must be a non-negative number
# expect: Queue.put(0) Full
# expect: Queue.put(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Queue.put(inf) OverflowError: timestamp out of range for platform time_t
# expect: Queue.put(10**30) OverflowError: timestamp out of range for platform time_t
# expect: Queue.put(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Queue.put(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Queue.put('1') TypeError: '<' not supported between instances of 'str' and 'int'
# expect: LifoQueue.get(-1) ValueError: 'timeout' must be a non-negative number
# expect: LifoQueue.get(-1e-10) ValueError: 'timeout' must be a non-negative number
# expect: LifoQueue.get(-inf) ValueError: 'timeout' must be a non-negative number
# expect: LifoQueue.get(0) Empty
# expect: LifoQueue.get(1e300) OverflowError: timestamp out of range for platform time_t
# expect: LifoQueue.get(inf) OverflowError: timestamp out of range for platform time_t
# expect: LifoQueue.get(10**30) OverflowError: timestamp out of range for platform time_t
# expect: LifoQueue.get(1e10) OverflowError: timestamp out of range for platform time_t
# expect: LifoQueue.get(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: LifoQueue.get('1') TypeError: '<' not supported between instances of 'str' and 'int'
# expect: SimpleQueue.get(nan) ValueError: Invalid value NaN (not a number)
# expect: SimpleQueue.get(-1) ValueError: 'timeout' must be a non-negative number
# expect: SimpleQueue.get(-1e-10) Empty
# expect: SimpleQueue.get(-inf) OverflowError: timestamp out of range for platform time_t
# expect: SimpleQueue.get(0) Empty
# expect: SimpleQueue.get(1e300) OverflowError: timestamp out of range for platform time_t
# expect: SimpleQueue.get(inf) OverflowError: timestamp out of range for platform time_t
# expect: SimpleQueue.get(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: SimpleQueue.get(1e10) OverflowError: timestamp out of range for platform time_t
# expect: SimpleQueue.get(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: SimpleQueue.get('1') TypeError: 'str' object cannot be interpreted as an integer
# expect: Queue.get(False)(nan) Empty
# expect: Queue.get(False)(-1) Empty
# expect: Queue.get(False)(-1e-10) Empty
# expect: Queue.get(False)(-inf) Empty
# expect: Queue.get(False)(0) Empty
# expect: Queue.get(False)(1e300) Empty
# expect: Queue.get(False)(inf) Empty
# expect: Queue.get(False)(10**30) Empty
# expect: Queue.get(False)(1e10) Empty
# expect: Queue.get(False)(9223372037.0) Empty
# expect: Queue.get(False)('1') Empty
# expect: Future.result(nan) TimeoutError
# expect: Future.result(-1) TimeoutError
# expect: Future.result(-1e-10) TimeoutError
# expect: Future.result(-inf) TimeoutError
# expect: Future.result(0) TimeoutError
# expect: Future.result(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Future.result(inf) OverflowError: timestamp out of range for platform time_t
# expect: Future.result(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Future.result(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Future.result(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Future.result('1') TypeError: '>' not supported between instances of 'str' and 'int'
# expect: Future.exception(nan) TimeoutError
# expect: Future.exception(-1) TimeoutError
# expect: Future.exception(-1e-10) TimeoutError
# expect: Future.exception(-inf) TimeoutError
# expect: Future.exception(0) TimeoutError
# expect: Future.exception(1e300) OverflowError: timestamp out of range for platform time_t
# expect: Future.exception(inf) OverflowError: timestamp out of range for platform time_t
# expect: Future.exception(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Future.exception(1e10) OverflowError: timestamp out of range for platform time_t
# expect: Future.exception(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: Future.exception('1') TypeError: '>' not supported between instances of 'str' and 'int'
# expect: futures.wait(nan) -> (0, 1)
# expect: futures.wait(-1) -> (0, 1)
# expect: futures.wait(-1e-10) -> (0, 1)
# expect: futures.wait(-inf) -> (0, 1)
# expect: futures.wait(0) -> (0, 1)
# expect: futures.wait(1e300) OverflowError: timestamp out of range for platform time_t
# expect: futures.wait(inf) OverflowError: timestamp out of range for platform time_t
# expect: futures.wait(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: futures.wait(1e10) OverflowError: timestamp out of range for platform time_t
# expect: futures.wait(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: futures.wait('1') TypeError: '>' not supported between instances of 'str' and 'int'
# expect: as_completed(-1) TimeoutError: 1 (of 1) futures unfinished
# expect: as_completed(-1e-10) TimeoutError: 1 (of 1) futures unfinished
# expect: as_completed(-inf) TimeoutError: 1 (of 1) futures unfinished
# expect: as_completed(0) TimeoutError: 1 (of 1) futures unfinished
# expect: as_completed(1e300) OverflowError: timestamp out of range for platform time_t
# expect: as_completed(inf) OverflowError: timestamp out of range for platform time_t
# expect: as_completed(10**30) OverflowError: timestamp out of range for platform time_t
# expect: as_completed(1e10) OverflowError: timestamp out of range for platform time_t
# expect: as_completed(9223372037.0) OverflowError: timestamp out of range for platform time_t
# expect: as_completed('1') TypeError: can only concatenate str (not "float") to str
# expect: Timer(nan) -> [1]
# expect: Timer(-1) -> [1]
# expect: Timer(-1e-10) -> [1]
# expect: Timer(-inf) -> [1]
# expect: Timer(0) -> [1]
# expect: Timer(1e300) -> []
# expect: Timer(inf) -> []
# expect: Timer(10**30) -> []
# expect: Timer(1e10) -> []
# expect: Timer(9223372037.0) -> []
# expect: True
# expect: Process.join(nan) ValueError: cannot convert float NaN to integer
# expect: Process.join(-1) -> (None, None)
# expect: Process.join(-inf) -> (None, None)
# expect: Process.join(0) -> (None, None)
# expect: Process.join(0.001) -> (None, None)
# expect: Process.join(1e300) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Process.join(inf) OverflowError: cannot convert float infinity to integer
# expect: Process.join(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Process.join(1e10) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Process.join(1e7) OverflowError: timeout is too large
# expect: Process.join('1') TypeError: unsupported operand type(s) for +: 'float' and 'str'
# expect: mp.Queue.get(nan) ValueError: cannot convert float NaN to integer
# expect: mp.Queue.get(-1) Empty
# expect: mp.Queue.get(-inf) Empty
# expect: mp.Queue.get(0) Empty
# expect: mp.Queue.get(0.001) Empty
# expect: mp.Queue.get(1e300) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: mp.Queue.get(inf) OverflowError: cannot convert float infinity to integer
# expect: mp.Queue.get(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: mp.Queue.get(1e10) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: mp.Queue.get(1e7) OverflowError: timeout is too large
# expect: mp.Queue.get('1') TypeError: unsupported operand type(s) for +: 'float' and 'str'
# expect: mp.Queue.get(False)(nan) Empty
# expect: mp.Queue.get(False)(-1) Empty
# expect: mp.Queue.get(False)(-inf) Empty
# expect: mp.Queue.get(False)(0) Empty
# expect: mp.Queue.get(False)(0.001) Empty
# expect: mp.Queue.get(False)(1e300) Empty
# expect: mp.Queue.get(False)(inf) Empty
# expect: mp.Queue.get(False)(10**30) Empty
# expect: mp.Queue.get(False)(1e10) Empty
# expect: mp.Queue.get(False)(1e7) Empty
# expect: mp.Queue.get(False)('1') TypeError: must be real number, not str
# expect: Connection.poll(nan) ValueError: cannot convert float NaN to integer
# expect: Connection.poll(-1) -> False
# expect: Connection.poll(-inf) -> False
# expect: Connection.poll(0) -> False
# expect: Connection.poll(0.001) -> False
# expect: Connection.poll(1e300) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Connection.poll(inf) OverflowError: cannot convert float infinity to integer
# expect: Connection.poll(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Connection.poll(1e10) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Connection.poll(1e7) OverflowError: timeout is too large
# expect: Connection.poll('1') TypeError: unsupported operand type(s) for +: 'float' and 'str'
# expect: Connection.poll ready(nan) ValueError: cannot convert float NaN to integer
# expect: Connection.poll ready(-1) -> True
# expect: Connection.poll ready(-inf) -> True
# expect: Connection.poll ready(0) -> True
# expect: Connection.poll ready(0.001) -> True
# expect: Connection.poll ready(1e300) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Connection.poll ready(inf) OverflowError: cannot convert float infinity to integer
# expect: Connection.poll ready(10**30) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Connection.poll ready(1e10) OverflowError: timestamp too large to convert to C _PyTime_t
# expect: Connection.poll ready(1e7) OverflowError: timeout is too large
# expect: Connection.poll ready('1') TypeError: unsupported operand type(s) for +: 'float' and 'str'
# expect: ready
# expect: exitcode 0
# expect: Process.join reaped(nan) -> (None, 0)
# expect: Process.join reaped(-1) -> (None, 0)
# expect: Process.join reaped(-inf) -> (None, 0)
# expect: Process.join reaped(0) -> (None, 0)
# expect: Process.join reaped(0.001) -> (None, 0)
# expect: Process.join reaped(1e300) -> (None, 0)
# expect: Process.join reaped(inf) -> (None, 0)
# expect: Process.join reaped(10**30) -> (None, 0)
# expect: Process.join reaped(1e10) -> (None, 0)
# expect: Process.join reaped(1e7) -> (None, 0)
# expect: Process.join reaped('1') -> (None, 0)
# expect stderr: Exception in thread Thread-17:
# expect stderr: OverflowError: timestamp out of range for platform time_t
# expect stderr: Exception in thread Thread-18:
# expect stderr: OverflowError: timestamp out of range for platform time_t
# expect stderr: Exception in thread Thread-19:
# expect stderr: OverflowError: timestamp too large to convert to C _PyTime_t
# expect stderr: Exception in thread Thread-20:
# expect stderr: OverflowError: timestamp out of range for platform time_t
# expect stderr: Exception in thread Thread-21:
# expect stderr: OverflowError: timestamp out of range for platform time_t
