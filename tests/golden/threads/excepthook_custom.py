# threading.excepthook is looked up when a thread fails: a program's hook
# gets ExceptHookArgs (exc_type, exc_value, exc_traceback, thread), and
# threading.__excepthook__ restores the default, which writes "Exception in
# thread NAME:" and the traceback to sys.stderr (test_threading:
# ExceptHookTests).
import io
import sys
import threading

def fail():
    raise ValueError('bad value')

def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None, len(args))

threading.excepthook = hook
t = threading.Thread(target=fail, name='worker')
t.start()
t.join()

threading.excepthook = threading.__excepthook__
buf = io.StringIO()
sys.stderr = buf
t = threading.Thread(target=fail, name='second')
t.start()
t.join()
sys.stderr = sys.__stderr__
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])

def exit_quietly():
    sys.exit(3)

buf = io.StringIO()
sys.stderr = buf
t = threading.Thread(target=exit_quietly)
t.start()
t.join()
sys.stderr = sys.__stderr__
print('SystemExit printed:', repr(buf.getvalue()))

args = threading.ExceptHookArgs([KeyError, KeyError('k'), None, None])
print(args.exc_type, args.exc_value, args.thread)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print('TypeError:', e)

# expect: hook: ValueError bad value worker True 4
# expect: Exception in thread second:
# expect: Traceback (most recent call last):
# expect: ValueError: bad value
# expect: SystemExit printed: ''
# expect: <class 'KeyError'> 'k' None
# expect: TypeError: _thread._ExceptHookArgs() takes a 4-sequence (2-sequence given)
