# Lock-order inversion: each thread holds one lock and waits for the other.
# gilsim stops the run, names what every thread waits for, and exits 3.
# python3: skip (CPython hangs forever)
# exit: 3
import threading
import time

a = threading.Lock()
b = threading.Lock()
both_hold_one = threading.Barrier(2)   # so the inversion happens on any backend, under any load

def one():
    with a:
        both_hold_one.wait()
        with b:
            print('one never gets here')

def two():
    with b:
        both_hold_one.wait()
        with a:
            print('two never gets here')

t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start()
t2.start()
print('both started')
t1.join()
t2.join()
# expect: both started
# expect stderr: gilsim: deadlock: every thread is blocked and nothing can wake them
# expect stderr:   MainThread waits for Thread-1 (one) to finish (join)
# expect stderr:   Thread-1 (one) waits for Lock created at lock_order.py:9 (held by Thread-2 (two))
# expect stderr:   Thread-2 (two) waits for Lock created at lock_order.py:8 (held by Thread-1 (one))
