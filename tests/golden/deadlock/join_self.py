# A thread joining itself is not a deadlock: CPython raises RuntimeError
# (uncaught here, so the program exits 1 with a traceback).
# exit: 1
import threading

threading.current_thread().join()
# expect stderr: Traceback (most recent call last):
# expect stderr: line 6, in <module>
# expect stderr: RuntimeError: cannot join current thread
