# _thread.interrupt_main() without the signal module: the main thread gets
# KeyboardInterrupt at its next switch point, as CPython's default SIGINT
# handler gives it. (python3: skip — python3 leaves SIGINT ignored when it
# starts as a background job, as under make, and then never stops.)
# python3: skip
import _thread
import threading
import time

def later():
    time.sleep(0.01)
    _thread.interrupt_main()

threading.Thread(target=later).start()
try:
    total = 0
    while True:
        total += 1
except KeyboardInterrupt:
    print('KeyboardInterrupt in', threading.current_thread().name)

# expect: KeyboardInterrupt in MainThread
