# The module-level functions of threading (test_threading: ThreadTests,
# MiscTestCase): get_ident, get_native_id, main_thread, enumerate,
# active_count, settrace/gettrace, setprofile/getprofile, stack_size,
# TIMEOUT_MAX.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread())
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))
print(threading.active_count(), [t.name for t in threading.enumerate()])
ev = threading.Event()
seen = []
def wait():
    seen.append(threading.current_thread() is not threading.main_thread())
    seen.append(threading.get_ident() != main.ident)
    ev.wait()
t = threading.Thread(target=wait, name='waiter')
t.start()
print(threading.active_count(), sorted(x.name for x in threading.enumerate()))
ev.set()
t.join()
print('inside:', seen)
print(threading.active_count())

def tracer(frame, event, arg):
    return tracer
print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)

print(threading.stack_size())
print(threading.stack_size(1 << 20), threading.stack_size())
print(threading.stack_size(0))
for bad in (100, -1):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print('ValueError:', e)
print(threading.TIMEOUT_MAX > 1e9, threading.TIMEOUT_MAX)

# expect: MainThread True
# expect: True True
# expect: 1 ['MainThread']
# expect: 2 ['MainThread', 'waiter']
# expect: inside: [True, True]
# expect: 1
# expect: None None
# expect: True True
# expect: 0
# expect: 0 1048576
# expect: 0
# expect: ValueError: size not valid: 100 bytes
# expect: ValueError: size must be 0 or a positive value
# expect: True 9223372036.0
