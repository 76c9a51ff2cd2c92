# threading.Event: set, clear, is_set, wait with and without a timeout;
# several threads released by one set().
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(timeout=0.01))
print(repr(e).startswith('<threading.Event at 0x'), repr(e).endswith(': unset>'))
e.set()
print(e.is_set(), e.wait(), e.wait(5))
print(repr(e).endswith(': set>'))
e.clear()
print(e.is_set(), e.isSet())

go = threading.Event()
done = []
lock = threading.Lock()
def runner(i):
    go.wait()
    with lock:
        done.append(i)
ts = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
print('before set:', done)
go.set()
for t in ts:
    t.join()
print('after set:', sorted(done))

# A thread waiting with a timeout that nobody sets.
results = []
def patient():
    results.append(e.wait(0.05))
p = threading.Thread(target=patient)
p.start()
p.join()
print(results)
# expect: False False False
# expect: True True
# expect: True True True
# expect: True
# expect: False False
# expect: before set: []
# expect: after set: [0, 1, 2, 3, 4]
# expect: [False]
