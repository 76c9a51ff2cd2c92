"""enum: enumerations (gilsim).

CPython 3.11's behaviour, written in Python: EnumType is the metaclass that
turns a class body's plain attributes into members (singletons with name
and value, aliases for repeated values, auto() values), and makes the
class iterable, indexable by name and callable by value. repr, str and
format follow 3.11 (<Color.RED: 1>, 'Color.RED'; IntEnum and StrEnum
print their value). Also: unique, the functional API Enum('Name', 'A B'),
_missing_, _ignore_, members with __init__ from tuple values, a custom
__new__ setting _value_.

IntEnum and StrEnum are (int, ReprEnum) and (str, ReprEnum) as in CPython.
gilsim's str subclass instances have no __dict__, so the members of an
enum of strs find their name in the member map and cannot take other
attributes. __members__ is a read-only
mapping whose repr imitates mappingproxy. Flag and IntFlag (and verify)
can be imported but raise NotImplementedError when used.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'verify']


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % cls_name.lstrip('_')
    return name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


_auto_null = object()


class auto:
    """The value is chosen by _generate_next_value_ (the next int for Enum,
    the lower-cased name for StrEnum)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class _MembersView:
    # read-only name -> member mapping, like CPython's mappingproxy
    __slots__ = ('_map',)

    def __init__(self, mapping):
        self._map = mapping

    def __getitem__(self, key):
        return self._map[key]

    def __iter__(self):
        return iter(self._map)

    def __len__(self):
        return len(self._map)

    def __contains__(self, key):
        return key in self._map

    def keys(self):
        return self._map.keys()

    def values(self):
        return self._map.values()

    def items(self):
        return self._map.items()

    def get(self, key, default=None):
        return self._map.get(key, default)

    def __eq__(self, other):
        return self._map == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._map,)

    def __str__(self):
        return str(self._map)


def _find_member_type(bases):
    # the data type members are made of: int for IntEnum, else object
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    return klass._member_type_
                continue
            return klass
    return object


def _str_member_name(member):
    for name, m in type(member)._member_map_.items():
        if m is member:
            return name
    raise AttributeError('_name_')


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        member_names = []
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            member_names.append(key)
        body = {k: v for k, v in classdict.items() if k not in member_names and k not in ignore}
        # a __new__ in an enum's body makes members; the class's own __new__
        # stays Enum's value lookup (Enum itself keeps its __new__)
        new_member = body.pop('__new__', None) if 'Enum' in globals() else None
        gen = body.get('_generate_next_value_')
        if gen is not None and type(gen).__name__ == 'function':
            body['_generate_next_value_'] = staticmethod(gen)
        member_type = _find_member_type(bases)
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if new_member is None:
            new_member = getattr(enum_class, '_new_member_', None)
        else:
            type.__setattr__(enum_class, '_new_member_', new_member)
        if issubclass(member_type, str):
            # gilsim's str subclass instances have no __dict__: the value is
            # the text itself, the name is found in the member map
            type.__setattr__(enum_class, '_value_', property(str.__str__))
            type.__setattr__(enum_class, '_name_', property(_str_member_name))
        if 'Enum' in globals():
            # Enum's lookup by value, and Enum's repr and friends unless the
            # class or an enum base defines them (not the data type)
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
            for attr in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                for klass in enum_class.__mro__:
                    if klass is member_type or klass is object:
                        type.__setattr__(enum_class, attr, Enum.__dict__[attr])
                        break
                    if attr in klass.__dict__:
                        break
        last_values = []
        for name in member_names:
            value = classdict[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(last_values), last_values[:])
                value = value.value
            enum_class._add_member(name, value, new_member, member_type)
            last_values.append(value)
        return enum_class

    def _add_member(cls, name, value, new_member, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            member = new_member(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, '_value_'):
            member._value_ = value if member_type is object else member_type(*args)
        value = member._value_
        try:
            member._name_ = name
            member.__objclass__ = cls
        except AttributeError:
            pass                # a StrEnum member: no __dict__ (see StrEnum)
        member.__init__(*args)
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                member = existing
                break
        else:
            cls._member_names_.append(name)
        type.__setattr__(cls, name, member)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        classdict = {}
        for item in items:
            if isinstance(item, str):
                raise TypeError('names must be a string, a sequence of names or of pairs')
            member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType(class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __repr__(cls):
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    @property
    def __members__(cls):
        return _MembersView(cls._member_map_)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return repr(int(self))

    def __format__(self, format_spec):
        return format(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        return str.__new__(cls, str(*values))

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return format(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    raise NotImplementedError('enum.verify is not supported by gilsim')


class _Refused:
    # Flag and IntFlag: importable, refused when used
    def __init_subclass__(cls, **kwds):
        if cls.__mro__[1] is not _Refused:
            raise NotImplementedError('enum.%s is not supported by gilsim' % cls.__mro__[1].__name__)

    def __new__(cls, *args, **kwds):
        raise NotImplementedError('enum.%s is not supported by gilsim' % cls.__name__)


class Flag(_Refused):
    pass


class IntFlag(_Refused):
    pass
