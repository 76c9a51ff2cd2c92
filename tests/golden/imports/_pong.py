import _ping

def pong(n):
    return 'pong' if n == 0 else _ping.ping(n - 1)

# _ping is only partly made here: its READY comes after its import of us.
EARLY = hasattr(_ping, 'READY')
