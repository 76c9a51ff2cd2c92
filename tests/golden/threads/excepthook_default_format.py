# The default threading.excepthook writes "Exception in thread NAME:" and
# the traceback to stderr; the thread ends, the program goes on and exits 0
# (test_threading: ExceptHookTests.test_excepthook, ThreadingExceptionTests
# .test_print_exception).
import threading

def crash():
    raise RuntimeError('thread crashed')

t = threading.Thread(target=crash, name='crasher')
t.start()
t.join()
print('main goes on; alive:', t.is_alive())
# expect: main goes on; alive: False
# expect stderr: Exception in thread crasher:
# expect stderr: Traceback (most recent call last):
# expect stderr: in crash
# expect stderr: RuntimeError: thread crashed
