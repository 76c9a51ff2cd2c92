# The errors of Thread: joining before start, starting twice, joining
# yourself, a subclass that forgot Thread.__init__.
import threading

def job():
    pass

t = threading.Thread(target=job)
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError:', e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
t.join()

def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print('RuntimeError:', e)

s = threading.Thread(target=join_self)
s.start()
s.join()

try:
    threading.main_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)

class Forgot(threading.Thread):
    def __init__(self):
        pass

try:
    Forgot().start()
except RuntimeError as e:
    print('RuntimeError:', e)
# expect: RuntimeError: cannot join thread before it is started
# expect: RuntimeError: threads can only be started once
# expect: RuntimeError: cannot join current thread
# expect: RuntimeError: cannot join current thread
# expect: RuntimeError: thread.__init__() not called
