# Thread.daemon and Thread.name are properties with CPython's rules
# (test_threading's ThreadTests.test_daemon_param, test_old_threading_api):
# daemon can be set only before start(), name becomes a str, ident and
# native_id are None until the thread runs, and cannot be assigned.
import threading

def work():
    pass

t = threading.Thread(target=work, name='w')
print(t.name, t.daemon, t.ident, t.native_id, t.is_alive())
t.daemon = True
print(t.daemon)
t.name = 42
print(repr(t.name))
t.start()
t.join()
try:
    t.daemon = False
except RuntimeError as e:
    print('RuntimeError:', e)
print(t.daemon, t.ident is not None, t.native_id is not None)
t.name = 'renamed'
print(t.name)
try:
    t.ident = 5
except AttributeError as e:
    print('AttributeError:', e)
class Sub(threading.Thread):
    pass
try:
    Sub().native_id = 1
except AttributeError as e:
    print('AttributeError:', e)

d = threading.Thread(target=work, daemon=True)
print(d.daemon)
# a new thread inherits daemon from the thread that makes it
def maker():
    child = threading.Thread(target=work)
    print('child daemon:', child.daemon)

m = threading.Thread(target=maker, daemon=True)
m.start()
m.join()

class Forgot(threading.Thread):
    def __init__(self):
        pass

f = Forgot()
try:
    f.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    f.name
except AssertionError as e:
    print('AssertionError:', e)


# expect: w False None None False
# expect: True
# expect: '42'
# expect: RuntimeError: cannot set daemon status of active thread
# expect: True True True
# expect: renamed
# expect: AttributeError: property 'ident' of 'Thread' object has no setter
# expect: AttributeError: property 'native_id' of 'Sub' object has no setter
# expect: True
# expect: child daemon: True
# expect: RuntimeError: Thread.__init__() not called
# expect: AssertionError: Thread.__init__() not called
