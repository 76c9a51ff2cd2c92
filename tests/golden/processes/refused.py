# What gilsim's multiprocessing does not simulate says so by name with
# NotImplementedError: remote managers, Manager().Pool(), the character
# typecodes of shared values, ctypes beyond its number types. A typecode
# that is no C type at all is a TypeError, as in CPython.
import ctypes
import multiprocessing as mp
from multiprocessing.managers import SyncManager

for attempt in (lambda: SyncManager(address=('localhost', 50000)),
                lambda: mp.Manager().Pool(),
                lambda: mp.Value('c', 'x'),
                lambda: mp.Array('u', 'abc'),
                lambda: mp.Value('?', 1),
                lambda: ctypes.CDLL('libc.so.6')):
    try:
        attempt()
    except NotImplementedError as e:
        print('NotImplementedError:', e)
    except TypeError as e:
        print('TypeError:', e)

# python3: skip (CPython has these)
# expect: NotImplementedError: multiprocessing managers with an address (remote managers) are not supported by gilsim
# expect: NotImplementedError: multiprocessing managers: Manager().Pool() is not supported by gilsim
# expect: NotImplementedError: multiprocessing shared values of typecode 'c' (characters) are not supported by gilsim
# expect: NotImplementedError: multiprocessing shared values of typecode 'u' (characters) are not supported by gilsim
# expect: TypeError: this type has no size
# expect: NotImplementedError: ctypes.CDLL is not supported by gilsim (only the simple number types, for multiprocessing, are)
