# Half of a circular import that works: _pong is imported at the top, but
# only used inside functions, once both modules are complete.
import _pong

def ping(n):
    return 'ping' if n == 0 else _pong.pong(n - 1)

READY = True
