# threading.RLock: the owner may acquire it again; each acquire needs a
# release; only the owner may release it.
import threading

rl = threading.RLock()
r = repr(rl)
print(r[:r.index(' at 0x')] + '>')
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
r = repr(rl)
print(r[:r.index(' owner=')], r[r.index(' count='):r.index(' at 0x')])
rl.release()
rl.release()
r = repr(rl)
print(r[r.index(' count='):r.index(' at 0x')])
rl.release()
r = repr(rl)
print(r[:r.index(' at 0x')] + '>')
try:
    rl.release()
except RuntimeError as e:
    print('RuntimeError:', e)

def other():
    print('other thread gets it:', rl.acquire(blocking=False))
    try:
        rl.release()
        rl.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

rl.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rl.release()

def nested(depth):
    with rl:
        if depth:
            return nested(depth - 1) + 1
        return 0
print(nested(5))
# expect: <unlocked _thread.RLock object owner=0 count=0>
# expect: True True True
# expect: <locked _thread.RLock object  count=3
# expect:  count=1
# expect: <unlocked _thread.RLock object owner=0 count=0>
# expect: RuntimeError: cannot release un-acquired lock
# expect: other thread gets it: False
# expect: RuntimeError: cannot release un-acquired lock
# expect: 5
