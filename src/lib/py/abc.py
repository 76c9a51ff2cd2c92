"""abc: abstract base classes (gilsim).

CPython 3.11's behaviour, written in Python: ABCMeta is a metaclass that
records a class's abstract methods in __abstractmethods__ (object() then
refuses to instantiate it, with CPython's message), keeps the classes
register()ed as virtual subclasses, and asks __subclasshook__.
isinstance() and issubclass() reach it through gilsim's _abc_subclasscheck
hook (the classmethod every ABCMeta class gets), consulted when the
ordinary check fails; there is no negative cache, so get_cache_token() only
counts register() calls.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']

_token = [0]


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one cannot be instantiated
    until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True


def get_cache_token():
    return _token[0]


def _compute_abstracts(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items()
                 if getattr(value, '__isabstractmethod__', False)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    return frozenset(abstracts)


def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    hook = getattr(cls, '__subclasshook__', None)
    ok = hook(subclass) if hook is not None else NotImplemented
    if ok is not NotImplemented:
        return bool(ok)
    for rcls in cls.__dict__.get('_abc_registry', ()):
        if issubclass(subclass, rcls):
            return True
    for scls in cls.__dict__.get('_abc_children', ()):
        if issubclass(subclass, scls):
            return True
    return False


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_registry = []
        cls._abc_children = []
        if '_abc_subclasscheck' not in namespace:
            cls._abc_subclasscheck = classmethod(_abc_subclasscheck)
        for base in bases:
            children = base.__dict__.get('_abc_children')
            if isinstance(children, list):
                children.append(cls)
        return cls

    def register(cls, subclass):
        """Registers subclass as a virtual subclass of cls."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return isinstance(instance, cls)

    def __subclasscheck__(cls, subclass):
        return issubclass(subclass, cls)

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv. counter: %s' % get_cache_token(), file=file)


def update_abstractmethods(cls):
    """Recomputes an abstract class's __abstractmethods__ after methods
    were added or removed (for class decorators)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__mro__[1:]:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to make an abstract base class."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
