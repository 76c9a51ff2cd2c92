# The main thread blocks for good while another thread still sleeps; that
# thread wakes up, ends, and nobody is left to run: the deadlock is reported
# when it ends (gilsim once handed the run to nobody and hung).
# python3: skip (CPython hangs forever)
# exit: 3
# expect stderr: deadlock: every thread is blocked and nothing can wake them
# expect stderr: MainThread waits for Lock
import threading
import time

lock = threading.Lock()
lock.acquire()

def nap():
    time.sleep(0.01)

threading.Thread(target=nap).start()
lock.acquire()
