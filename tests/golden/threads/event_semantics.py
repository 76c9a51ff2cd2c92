# Event: wait returns the flag, with a timeout False when not set; set
# wakes every waiter; clear resets; wait on a set event returns at once
# (lock_tests.py: EventTests.test_is_set, test_notify, test_timeout,
# test_set_and_clear).
import threading
import time

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.02))
results = []
def waiter():
    results.append(e.wait())
threads = [threading.Thread(target=waiter) for i in range(4)]
for t in threads:
    t.start()
time.sleep(0.01)
e.set()
for t in threads:
    t.join()
print(results, e.is_set(), e.wait(), e.wait(5))
e.clear()
print(e.is_set(), e.wait(0.01))
def set_later():
    time.sleep(0.02)
    e.set()
t = threading.Thread(target=set_later)
t.start()
print('wait(1) before the timeout:', e.wait(1))
t.join()
e.set()
e.set()
print(e.is_set())

# expect: False False False
# expect: [True, True, True, True] True True True
# expect: False False
# expect: wait(1) before the timeout: True
# expect: True
