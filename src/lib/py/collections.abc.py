"""collections.abc: abstract base classes for containers (gilsim).

gilsim has no metaclasses, so these are ordinary classes that stand in for
ABCMeta: isinstance() and issubclass() call a class's _abc_subclasscheck
when the ordinary check fails (a gilsim hook in the builtins), which
consults __subclasshook__ (Iterable: any class with __iter__, and so on)
and the classes registered with register() -- the built-in types are
registered as in CPython. Instantiating a class that still has abstract
methods raises CPython's TypeError. Subclassing an ABC gives its mixin
methods (Mapping's get/keys/items/values/__eq__, Sequence's index/count,
Set's operators ...).

Not available: the asynchronous ABCs (Awaitable, Coroutine,
AsyncIterable, AsyncIterator, AsyncGenerator) and Buffer.
"""

__all__ = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container',
           'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence',
           'MutableSequence', 'ByteString']


from _collections import _type_slots


def _abstract(f):
    f.__isabstractmethod__ = True
    return f


def _check_methods(C, *methods):
    # CPython's: each method is defined somewhere on C's MRO, and not as
    # None; a built-in class defines what its slots implement
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
            slots = _type_slots(B)
            if slots is not None and method in slots:
                break
        else:
            return NotImplemented
    return True


_abstract_cache = {}


def _abstract_methods(cls):
    names = _abstract_cache.get(cls)
    if names is None:
        seen = set()
        names = []
        for B in cls.__mro__:
            for name in B.__dict__:
                if name in seen:
                    continue
                seen.add(name)
                value = getattr(cls, name, None)
                if getattr(value, '__isabstractmethod__', False):
                    names.append(name)
        names.sort()
        _abstract_cache[cls] = names
    return names


class _ABCBase:
    """What ABCMeta gives CPython's ABCs: register(), the subclass hook and
    the refusal to instantiate a class with abstract methods."""

    _abc_registry = ()
    _abc_children = ()

    def __new__(cls, *args, **kwargs):
        missing = _abstract_methods(cls)
        if missing:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                cls.__name__, 's' if len(missing) > 1 else '', ', '.join(missing)))
        return object.__new__(cls)

    def __subclasshook__(cls, C):
        # the structural ABCs (Iterable, Sized ...) name the methods that
        # make a class one; their subclasses (Sequence ...) do not
        methods = cls.__dict__.get('_abc_methods')
        if methods is not None:
            return _check_methods(C, *methods)
        return NotImplemented

    __subclasshook__ = classmethod(__subclasshook__)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        if '_abc_registry' not in cls.__dict__:
            cls._abc_registry = []
        cls._abc_registry.append(subclass)
        return subclass

    register = classmethod(register)

    def _abc_subclasscheck(cls, C):
        # called by isinstance/issubclass after the ordinary check said no
        ok = cls.__subclasshook__(C)
        if ok is not NotImplemented:
            return bool(ok)
        mro = C.__mro__
        for abc in (cls,) + tuple(cls._abc_children):
            if abc is not cls and abc in mro:
                return True
            for r in abc.__dict__.get('_abc_registry', ()):
                if issubclass(C, r):
                    return True
        return False

    _abc_subclasscheck = classmethod(_abc_subclasscheck)


class Hashable(_ABCBase):
    def __hash__(self):
        return 0

    _abstract(__hash__)

    _abc_methods = ('__hash__',)


class Iterable(_ABCBase):
    def __iter__(self):
        return iter(())

    _abstract(__iter__)

    _abc_methods = ('__iter__',)


class Iterator(Iterable):
    def __next__(self):
        raise StopIteration

    _abstract(__next__)

    def __iter__(self):
        return self

    _abc_methods = ('__iter__', '__next__')


class Reversible(Iterable):
    def __reversed__(self):
        return iter(())

    _abstract(__reversed__)

    _abc_methods = ('__reversed__', '__iter__')


class Generator(Iterator):
    # next() is send(None); close() throws GeneratorExit in, as a
    # generator's does
    def __next__(self):
        return self.send(None)

    def send(self, value):
        raise StopIteration

    _abstract(send)

    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    _abstract(throw)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    _abc_methods = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(_ABCBase):
    def __len__(self):
        return 0

    _abstract(__len__)

    _abc_methods = ('__len__',)


class Container(_ABCBase):
    def __contains__(self, x):
        return False

    _abstract(__contains__)

    _abc_methods = ('__contains__',)


class Collection(Sized):
    # Sized, Iterable and Container (gilsim: single inheritance, so the
    # other two bases' methods are repeated here)
    def __iter__(self):
        return iter(())

    _abstract(__iter__)

    def __contains__(self, x):
        return False

    _abstract(__contains__)

    _abc_methods = ('__len__', '__iter__', '__contains__')


class Callable(_ABCBase):
    def __call__(self, *args, **kwds):
        return False

    _abstract(__call__)

    _abc_methods = ('__call__',)


# ---- sets ----

class Set(Collection):
    """A finite, iterable container: the comparisons and operators come
    from __contains__, __iter__ and __len__."""

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def _from_iterable(cls, it):
        return cls(it)

    _from_iterable = classmethod(_from_iterable)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([value for value in other if value in self])

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable([value for value in self if value not in other])

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable([value for value in other if value not in self])

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        MAX = 9223372036854775807
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    def add(self, value):
        raise NotImplementedError

    _abstract(add)

    def discard(self, value):
        raise NotImplementedError

    _abstract(discard)

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# ---- mappings ----

class Mapping(Collection):
    """A read-only mapping: get, keys, items, values, __contains__ and
    __eq__ come from __getitem__, __iter__ and __len__."""

    def __getitem__(self, key):
        raise KeyError

    _abstract(__getitem__)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self._mapping)


class KeysView(MappingView):
    def _from_iterable(cls, it):
        return set(it)

    _from_iterable = classmethod(_from_iterable)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(list(self._mapping))


class ItemsView(MappingView):
    def _from_iterable(cls, it):
        return set(it)

    _from_iterable = classmethod(_from_iterable)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        return iter([(key, self._mapping[key]) for key in self._mapping])


class ValuesView(MappingView):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        return iter([self._mapping[key] for key in self._mapping])


# KeysView and ItemsView are sets too: their operators are Set's
for _name in ('__le__', '__lt__', '__gt__', '__ge__', '__eq__', '__and__', '__rand__',
              'isdisjoint', '__or__', '__ror__', '__sub__', '__rsub__', '__xor__', '__rxor__',
              '_hash'):
    setattr(KeysView, _name, Set.__dict__[_name])
    setattr(ItemsView, _name, Set.__dict__[_name])


class MutableMapping(Mapping):
    def __setitem__(self, key, value):
        raise KeyError

    _abstract(__setitem__)

    def __delitem__(self, key):
        raise KeyError

    _abstract(__delitem__)

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---- sequences ----

class Sequence(Collection):
    """A read-only sequence: iteration, `in`, reversed(), index and count
    come from __getitem__ and __len__."""

    def __getitem__(self, index):
        raise IndexError

    _abstract(__getitem__)

    def __iter__(self):
        out = []
        i = 0
        try:
            while True:
                out.append(self[i])
                i += 1
        except IndexError:
            return iter(out)

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        return iter([self[i] for i in range(len(self) - 1, -1, -1)])

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    pass


class MutableSequence(Sequence):
    def __setitem__(self, index, value):
        raise IndexError

    _abstract(__setitem__)

    def __delitem__(self, index):
        raise IndexError

    _abstract(__delitem__)

    def insert(self, index, value):
        raise IndexError

    _abstract(insert)

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- registration of the built-in types, as CPython's ----

_ALL = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable,
        Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
        ValuesView, Sequence, ByteString, MutableSequence]
# CPython's ABCs with several bases; gilsim's classes have one, the others
# count here (Sequence is also Reversible, KeysView also a Set ...)
_OTHER_BASES = {Collection: [Iterable, Container], Sequence: [Reversible],
                KeysView: [Set], ItemsView: [Set], ValuesView: [Collection]}


def _ancestors(c):
    out = set()
    todo = [c]
    while todo:
        x = todo.pop()
        for b in list(x.__mro__) + _OTHER_BASES.get(x, []):
            if b not in out:
                out.add(b)
                todo.append(b)
    return out


for _abc in _ALL:
    _abc._abc_children = [c for c in _ALL if c is not _abc and _abc in _ancestors(c)]

Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
MutableSequence.register(list)


def _a_generator():
    yield


Generator.register(type(_a_generator()))


def _register_collections():
    import _collections
    MutableSequence.register(_collections.deque)


_register_collections()
del _abc, _name
