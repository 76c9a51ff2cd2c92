# A Lock is not reentrant: acquiring it twice in one thread waits forever
# (an RLock would not).
# python3: skip (CPython hangs forever)
# exit: 3
import threading

lock = threading.Lock()
with lock:
    print('got it once')
    with lock:
        print('never')
# expect: got it once
# expect stderr: gilsim: deadlock: every thread is blocked and nothing can wake them
# expect stderr:   MainThread waits for Lock created at lock_twice.py:7 (already held by MainThread itself)
