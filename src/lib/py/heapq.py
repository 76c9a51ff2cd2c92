"""heapq: the heap queue algorithm (gilsim).

heappush, heappop, heapify, heapreplace and heappushpop are in C
(_heapq), as in CPython; nlargest, nsmallest and merge are CPython's
algorithms, so ties come out in the same order. merge() returns an
iterator object rather than a generator (gilsim has no generators yet).
"""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop, \
    _heappop_max, _heapreplace_max, _heapify_max

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


class _Merge:
    # merge(): a heap of [value (or key), order, (value,) iterator] lists,
    # one per input that still has items; order breaks ties by input.
    # TODO(generators): CPython returns a generator (repr <generator object merge ...>).
    def __init__(self, iterables, key, reverse):
        self._iterables = iterables
        self._key = key
        self._reverse = reverse
        self._h = None
        self._pending = False
        self._tail = None

    def __iter__(self):
        return self

    def _setup(self):
        key = self._key
        direction = -1 if self._reverse else 1
        h = []
        for order, it in enumerate(map(iter, self._iterables)):
            try:
                value = next(it)
            except StopIteration:
                continue
            if key is None:
                h.append([value, order * direction, it])
            else:
                h.append([key(value), order * direction, value, it])
        if self._reverse:
            _heapify_max(h)
        else:
            heapify(h)
        self._h = h
        self._iterables = None

    def _advance(self):
        # the top input's next item, or drop the input if it has none
        h = self._h
        s = h[0]
        try:
            value = next(s[-1])
        except StopIteration:
            if self._reverse:
                _heappop_max(h)
            else:
                heappop(h)
            return
        if self._key is None:
            s[0] = value
        else:
            s[0] = self._key(value)
            s[2] = value
        if self._reverse:
            _heapreplace_max(h, s)
        else:
            heapreplace(h, s)

    def __next__(self):
        if self._tail is not None:
            return next(self._tail)
        if self._h is None:
            self._setup()
        elif self._pending:
            self._advance()
        h = self._h
        if not h:
            self._pending = False
            raise StopIteration
        top = h[0]
        value = top[0] if self._key is None else top[2]
        if len(h) > 1:
            self._pending = True
        else:
            # one input left: the rest of it comes straight through
            self._pending = False
            self._tail = top[-1]
        return value


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator (lazily)."""
    return _Merge(iterables, key, reverse)


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
