"""Generic (shallow and deep) copying operations (gilsim's copy module).

copy(x) and deepcopy(x[, memo]) behave like CPython's: immutable atoms are
returned as they are, lists, dicts and sets are copied, instances of classes
get a new instance of the same class (made by cls.__new__, without calling
__init__) whose __dict__ is copied, __copy__/__deepcopy__ and
__getstate__/__setstate__ are honoured, and deepcopy keeps a memo (id ->
copy) so that shared and recursive structures are copied once.

Objects with a __reduce__ of their own (deque, OrderedDict, Counter ...)
and subclasses of tuple, list, dict and set are rebuilt from their
reduction, as CPython's copyreg would make it; gilsim has no general
__reduce_ex__, so any other object without a __dict__ (a lock, a thread, a
module...) cannot be copied: TypeError, as CPython raises for the objects
it cannot pickle.
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
        reduced = _reduce(x)
        if reduced is not None:
            return _reconstruct_reduced(x, memo, *reduced)
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


def _reduce(x):
    """CPython's x.__reduce_ex__(4) for what copies through it: objects with
    their own __reduce__ (deque, OrderedDict, Counter, loggers ...) and
    subclasses of tuple, list, dict, set, int, float and str (namedtuple
    classes among them).
    None for everything else."""
    cls = type(x)
    builtin_base = isinstance(x, (tuple, list, dict, set, frozenset, int, float, str))
    if builtin_base:
        state = getattr(x, "__dict__", None) or None
        getstate = getattr(x, "__getstate__", None)
        if getstate is not None:
            state = getstate()
        if isinstance(x, (set, frozenset)):
            return cls, (list(x),), state
    if getattr(cls, "__reduce__", None) is not None:
        return x.__reduce__()
    if not builtin_base:
        return None
    args = ()
    if isinstance(x, (tuple, int, float, str)):
        args = x.__getnewargs__()
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(list(x.items())) if isinstance(x, dict) else None
    return _newobj, (cls,) + tuple(args), state, listitems, dictitems


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct_reduced(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """Rebuilds x from its reduction as CPython's copy does: func(*args),
    then the state (__setstate__, or into __dict__), the list items
    (append) and the dict items (y[k] = v)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
