# Decorated functions called in a loop: a functools.wraps wrapper that
# forwards *args/**kwargs, a property read, and an lru_cache hit.
import functools


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counted
def scale(x, factor=2):
    return x * factor


class Box:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v


@functools.lru_cache(maxsize=None)
def table(n):
    return n * n


def main():
    total = 0
    box = Box(3)
    for i in range(200000):
        total += scale(i) + scale(i, factor=3) + box.v + table(i & 63)
    print(total, scale.calls, table.cache_info().hits)


main()
