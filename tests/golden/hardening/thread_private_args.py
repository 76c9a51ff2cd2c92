# gilsim's private _thread helpers with wrong-typed arguments raise
# TypeError; they used to hand a str to an int conversion and crash.
# python3: skip (_thread._set_name is gilsim's own; CPython's RLock
# _acquire_restore words its error differently)
import _thread
import threading

def show(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__)

show(lambda: threading.RLock()._acquire_restore((1, 'a')))
show(lambda: threading.RLock()._acquire_restore(('a', 1)))
show(lambda: _thread._set_name('x', 'y'))
show(lambda: _thread._set_name(threading.get_ident(), 5))
r = threading.RLock()
r._acquire_restore((2, threading.get_ident()))
print(r._is_owned())
# expect: TypeError
# expect: TypeError
# expect: TypeError
# expect: TypeError
# expect: True
