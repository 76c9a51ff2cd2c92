# Seed 004's "A semaphore with threads" example. The seed is truncated after
# `def fun2():` / `while True:`; fun2 is completed like fun1 (printing 2)
# and both are started, as the example intends. It loops forever: --timeout
# stops it after 1 s of program time (exit 124). Each thread prints every
# 0.25 s, taking turns.
# python3: skip (runs forever)
# args: --timeout=1s
# exit: 124
import threading
import time
sem = threading.Semaphore()

def fun1():
    while True:
        try:
            sem.acquire()
            print(1)
            sem.release()
            time.sleep(0.25)
        except (KeyboardInterrupt, SystemExit):
            raise

def fun2():
    while True:
        # completed (the seed ends here): the same as fun1, printing 2
        try:
            sem.acquire()
            print(2)
            sem.release()
            time.sleep(0.25)
        except (KeyboardInterrupt, SystemExit):
            raise

t = threading.Thread(target=fun1)
t.start()
t2 = threading.Thread(target=fun2)
t2.start()
# expect stderr: gilsim: stopped after 1 s of program time (--timeout)
# expect: 1
# expect: 2
# expect: 1
# expect: 2
# expect: 1
# expect: 2
# expect: 1
# expect: 2
