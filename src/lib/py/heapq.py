"""heapq: the heap queue algorithm (gilsim).

heappush, heappop, heapify, heapreplace and heappushpop are in C
(_heapq), as in CPython; nlargest, nsmallest and merge are CPython's
algorithms, so ties come out in the same order; merge() is a generator.
"""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop, \
    _heappop_max, _heapreplace_max, _heapify_max

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator (lazily)."""
    # A heap of [value (or key), order, (value,) iterator] lists, one per
    # input that still has items; order breaks ties by input.
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            if key is None:
                h.append([value, order * direction, it])
            else:
                h.append([key(value), order * direction, value, it])
            break
    make_heap(h)
    while len(h) > 1:
        top = h[0]
        yield top[0] if key is None else top[2]
        it = top[-1]
        for value in it:
            if key is None:
                top[0] = value
            else:
                top[0] = key(value)
                top[2] = value
            replace(h, top)
            break
        else:
            pop(h)
    if h:
        # one input left: the rest of it comes straight through
        top = h[0]
        yield top[0] if key is None else top[2]
        yield from top[-1]


def _identity(x):
    return x


def _select(n, iterable, key, largest):
    # CPython's nsmallest/nlargest: min/max for n == 1, sorted() when n
    # covers the input, else a heap of the n best (key, order, item)
    # entries, order keeping ties in input order. (CPython decorates
    # without a key as (item, order): the same comparisons.)
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = (max if largest else min)(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if key is None:
        key = _identity
    it = iter(iterable)
    if largest:
        result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
        step, make_heap, replace = -1, heapify, heapreplace
    else:
        result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
        step, make_heap, replace = 1, _heapify_max, _heapreplace_max
    if not result:
        return result
    make_heap(result)
    top = result[0][0]
    order = step * n
    for elem in it:
        k = key(elem)
        if (top < k) if largest else (k < top):
            replace(result, (k, order, elem))
            top = result[0][0]
            order += step
    result.sort(reverse=largest)
    return [elem for (k, order, elem) in result]


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)
