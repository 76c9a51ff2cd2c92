"""collections: container datatypes (gilsim).

deque, defaultdict and namedtuple's field descriptors are in C
(_collections), as in CPython: a deque's append() and popleft() are atomic
with respect to thread switches. OrderedDict, Counter, namedtuple and
ChainMap are written here, with CPython 3.11's behaviour and reprs.

Differences: OrderedDict keeps its order in the dict itself, so
move_to_end(last=False) and popitem(last=False) take time in the size of
the dict (CPython's take constant time). UserDict, UserList and UserString
are not available.
"""

import sys as _sys
from _collections import deque, defaultdict, _tuplegetter
from operator import itemgetter as _itemgetter, eq as _eq
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

_MISSING = object()


# ---- OrderedDict ----

class _ODictView:
    # odict_keys / odict_values / odict_items: dict views with the reprs
    # CPython's OrderedDict gives them.
    _kind = 'keys'

    def __init__(self, od):
        self._mapping = od

    def _view(self):
        return getattr(dict, self._kind)(self._mapping)

    def __iter__(self):
        return iter(self._view())

    def __reversed__(self):
        return reversed(list(self._view()))

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, x):
        return x in self._view()

    def __eq__(self, other):
        if isinstance(other, _ODictView):
            other = other._view()
        return self._view() == other

    def __repr__(self):
        return 'odict_%s(%r)' % (self._kind, list(self._view()))


class _ODictKeys(_ODictView):
    _kind = 'keys'

    def __and__(self, other):
        return self._view() & other

    def __or__(self, other):
        return self._view() | other

    def __sub__(self, other):
        return self._view() - other

    def __xor__(self, other):
        return self._view() ^ other


class _ODictValues(_ODictView):
    _kind = 'values'

    def __eq__(self, other):
        return self is other

    def __contains__(self, x):
        for v in self._view():
            if v is x or v == x:
                return True
        return False


class _ODictItems(_ODictKeys):
    _kind = 'items'


_repr_running = {}


class OrderedDict(dict):
    """A dict that remembers insertion order, with move_to_end(),
    popitem(last=) and order-sensitive equality between OrderedDicts."""

    def __init__(self, other=(), **kwds):
        dict.update(self, other, **kwds)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def keys(self):
        return _ODictKeys(self)

    def values(self):
        return _ODictValues(self)

    def items(self):
        return _ODictItems(self)

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        key = (id(self), _thread_ident())
        if key in _repr_running:
            return '...'
        _repr_running[key] = True
        try:
            return '%s(%r)' % (self.__class__.__name__, list(dict.items(self)))
        finally:
            del _repr_running[key]

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    fromkeys = classmethod(fromkeys)

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(list(dict.items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _thread_ident():
    import _thread
    return _thread.get_ident()


# ---- namedtuple ----

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])


def _names_list(names):
    if len(names) == 1:
        return "'%s'" % names[0]
    if len(names) == 2:
        return "'%s' and '%s'" % (names[0], names[1])
    return ', '.join(["'%s'" % n for n in names[:-1]]) + ", and '%s'" % names[-1]


def _make_new(typename, field_names, field_defaults):
    # __new__ binds its arguments as CPython's generated
    # def __new__(_cls, x, y=default): ... would, with the same messages.
    num_fields = len(field_names)
    required = num_fields - len(field_defaults)
    tuple_new = tuple.__new__
    qualname = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        n = len(args)
        if n == num_fields and not kwargs:
            return tuple_new(_cls, args)
        if n > num_fields:
            if required == num_fields:
                expected = '%d positional argument%s' % (num_fields + 1, '' if num_fields == 0 else 's')
            else:
                expected = 'from %d to %d positional arguments' % (required + 1, num_fields + 1)
            raise TypeError('%s() takes %s but %d %s given' % (
                qualname, expected, n + 1, 'was' if n == 0 else 'were'))
        values = list(args)
        rest = {}
        for name in kwargs:
            if name not in field_names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, name))
            if field_names.index(name) < n:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
            rest[name] = kwargs[name]
        missing = []
        for name in field_names[n:]:
            if name in rest:
                values.append(rest[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s' % (
                qualname, len(missing), '' if len(missing) == 1 else 's', _names_list(missing)))
        return tuple_new(_cls, values)

    __new__.__qualname__ = qualname
    return __new__


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new subclass of tuple with named fields: Point = namedtuple('Point', 'x y')."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(['%s=%%r' % name for name in field_names]) + ')'
    tuple_new = tuple.__new__

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    __new__ = _make_new(typename, field_names, field_defaults)
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename
    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'
    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        class_namespace['__module__'] = module
    return type(typename, (tuple,), class_namespace)


# ---- Counter ----

def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _is_mapping(x):
    if isinstance(x, dict):
        return True
    abc = _sys.modules.get('collections.abc')
    return abc is not None and isinstance(x, abc.Mapping)


def _add(a, b):
    return a + b


def _sub(a, b):
    return a - b


def _larger(a, b):
    return b if a < b else a


def _smaller(a, b):
    return a if a < b else b


def _same(a):
    return a


def _negated(a):
    return 0 - a


class Counter(dict):
    """A dict counting hashable items: Counter('abracadabra').most_common(2)."""

    def __init__(self, iterable=None, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable, so ties keep their insertion order, as
        # CPython's heapq.nlargest keeps them
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    fromkeys = classmethod(fromkeys)

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def _combine(self, other, op, only_in_other):
        # op(count, other count) per element of self, only_in_other(count)
        # per element of other alone; results that are not positive are dropped
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = op(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        if only_in_other is not None:
            for elem, count in other.items():
                if elem not in self:
                    newcount = only_in_other(count)
                    if newcount > 0:
                        result[elem] = newcount
        return result

    def __add__(self, other):
        return self._combine(other, _add, _same)

    def __sub__(self, other):
        return self._combine(other, _sub, _negated)

    def __or__(self, other):
        return self._combine(other, _larger, _same)

    def __and__(self, other):
        return self._combine(other, _smaller, None)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---- ChainMap ----

class ChainMap:
    """Several mappings seen as one: lookups search them in order, writes
    go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    fromkeys = classmethod(fromkeys)

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    def _parents(self):
        return self.__class__(*self.maps[1:])

    parents = property(_parents)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        return dict(self.items()) == other

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# CPython always has collections.abc loaded (site imports it), so
# `import collections` gives collections.abc too.
import collections.abc
del collections
