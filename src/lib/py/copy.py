"""Generic (shallow and deep) copying operations (gilsim's copy module).

copy(x) and deepcopy(x[, memo]) behave like CPython's: immutable atoms are
returned as they are, lists, dicts and sets are copied, instances of classes
get a new instance of the same class (made by cls.__new__, without calling
__init__) whose __dict__ is copied, __copy__/__deepcopy__ and
__getstate__/__setstate__ are honoured, and deepcopy keeps a memo (id ->
copy) so that shared and recursive structures are copied once.

gilsim has no pickle protocol (__reduce_ex__), so an object that is none of
the above (a lock, a thread, a module...) cannot be copied: TypeError, as
CPython raises for the objects it cannot pickle.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _C:
    def _method(self):
        pass


_atomic = (type(None), int, float, bool, str, type, range, slice,
           type(Ellipsis), type(NotImplemented), type(_function), type(len),
           type(_C()._method), property)

_shallow_copy = {list: list.copy, dict: dict.copy, set: set.copy}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _shallow_copy.get(cls)
    if copier is not None:
        return copier(x)
    if cls in _atomic or cls is tuple or cls is frozenset or issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)   # make sure x lives at least as long as d
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k in range(len(x)):
        if x[k] is not y[k]:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo, like CPython."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    """A new object of x's class with x's state (deep-copied if memo is not None)."""
    cls = type(x)
    deep = memo is not None
    if isinstance(x, BaseException):
        args = x.args
        if deep:
            args = deepcopy(args, memo)
        y = cls(*args)
    else:
        if not hasattr(x, "__dict__"):
            raise TypeError("cannot pickle '%s' object" % cls.__name__)
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        state = getstate()
    else:
        state = x.__dict__
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        elif state:
            y.__dict__.update(state)
    return y
