# Barrier: wait() returns each thread's arrival index once, the action runs
# once per cycle in one thread, abort() and a timeout break it
# (BrokenBarrierError for waiters and later callers), reset() repairs it
# (lock_tests.py: BarrierTests.test_barrier, test_action, test_abort,
# test_reset, test_timeout, test_default_timeout).
import threading

N = 3
log = []
b = threading.Barrier(N, action=lambda: log.append('action'))
indices = []
def passer():
    for cycle in range(2):
        indices.append(b.wait())
threads = [threading.Thread(target=passer) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices), log, b.broken, b.n_waiting, b.parties)

b = threading.Barrier(2)
errors = []
def aborted():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errors.append('broken')
t = threading.Thread(target=aborted)
t.start()
while b.n_waiting == 0:
    pass
b.abort()
t.join()
print(errors, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('wait on a broken barrier: BrokenBarrierError')
b.reset()
print('after reset:', b.broken)

b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('default timeout breaks it:', b.broken)
b = threading.Barrier(2)
try:
    b.wait(0.01)
except threading.BrokenBarrierError:
    print('wait(timeout) breaks it:', b.broken)

def bad_action():
    raise ValueError('action failed')
b = threading.Barrier(1, action=bad_action)
try:
    b.wait()
except ValueError as e:
    print('ValueError:', e, b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# expect: [0, 0, 1, 1, 2, 2] ['action', 'action'] False 0 3
# expect: ['broken'] True
# expect: wait on a broken barrier: BrokenBarrierError
# expect: after reset: False
# expect: default timeout breaks it: True
# expect: wait(timeout) breaks it: True
# expect: ValueError: action failed True
# expect: True
