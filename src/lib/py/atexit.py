"""atexit: functions to run when the program ends (gilsim).

As in CPython, they run after the main program and its non-daemon threads
have finished, last registered first; an exception in one is printed
("Exception ignored in atexit callback") and the others still run. gilsim
runs them from threading._shutdown, which the interpreter calls at exit.
"""

import sys
import threading

_callbacks = []


def register(func, *args, **kwargs):
    """Registers func(*args, **kwargs) to run at exit; returns func."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of func."""
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import traceback
            sys.stderr.write('Exception ignored in atexit callback: %r\n' % (func,))
            # the first entry is this frame, which CPython (calling from C) has not
            traceback.print_exception(type(e), e, e.__traceback__.tb_next, file=sys.stderr)


def _install():
    old = threading._shutdown

    def _shutdown_then_exitfuncs():
        old()
        _run_exitfuncs()
    threading._shutdown = _shutdown_then_exitfuncs


_install()
