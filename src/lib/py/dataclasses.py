"""dataclasses: classes generated from their annotated fields (gilsim).

CPython 3.11's behaviour, written in Python: @dataclass reads the class's
__annotations__ in order (and its dataclass bases' fields), then adds
__init__, __repr__, __eq__, the ordering methods, __hash__ by CPython's
rules, frozen instances' __setattr__/__delattr__ and __match_args__.
field(), fields(), asdict(), astuple(), replace(), is_dataclass(),
make_dataclass(), InitVar, KW_ONLY and __post_init__ work as in CPython.
Differences: the generated methods are closures, not compiled source, so
their argument errors read as CPython's but their __code__ differs;
ClassVar annotations are recognised when written as strings or as
names ending in 'ClassVar' (gilsim has no typing module); slots=True and
weakref_slot are refused with NotImplementedError.
"""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            setattr(self, name, value)

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """A field's options, as the default value of a dataclass attribute."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The Field objects of a dataclass (or of an instance), in order,
    without ClassVar and InitVar pseudo-fields."""
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation == 'ClassVar' or annotation.startswith(('ClassVar[', 'typing.ClassVar'))
    name = getattr(annotation, '_name', None) or getattr(annotation, '__name__', '')
    return name == 'ClassVar'


def _is_initvar(annotation):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    if isinstance(annotation, str):
        return annotation.startswith(('InitVar', 'dataclasses.InitVar'))
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = cls.__dict__.get(a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _set_qualname(cls, func, name):
    func.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    func.__name__ = name
    return func


def _plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


def _names_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _make_init(cls, init_fields, std_fields, kw_fields, frozen, has_post_init):
    qualname = cls.__qualname__ + '.__init__'
    std_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    all_names = std_names + kw_names
    seen_default = False
    for f in std_fields:
        if f.init:
            has_default = f.default is not MISSING or f.default_factory is not MISSING
            if has_default:
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)
    n_std_defaults = len([f for f in std_fields
                          if f.default is not MISSING or f.default_factory is not MISSING])
    setter = object.__setattr__ if frozen else None
    by_name = {f.name: f for f in init_fields}

    def __init__(self, *args, **kwargs):
        if len(args) > len(std_names):
            given = len(args) + 1
            takes = len(std_names) + 1
            least = takes - n_std_defaults
            text = (_plural(takes, 'positional argument') if least == takes else
                    'from %d to %d positional arguments' % (least, takes))
            raise TypeError('%s() takes %s but %d %s given'
                            % (qualname, text, given, 'was' if given == 1 else 'were'))
        values = dict(zip(std_names, args))
        for k in kwargs:
            if k not in by_name or (not by_name[k].init):
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, k))
            values[k] = kwargs[k]
        missing_pos = [n for n in std_names if n not in values and by_name[n].init
                       and by_name[n].default is MISSING and by_name[n].default_factory is MISSING]
        if missing_pos:
            raise TypeError('%s() missing %s: %s'
                            % (qualname, _plural(len(missing_pos), 'required positional argument'),
                               _names_list(missing_pos)))
        missing_kw = [n for n in kw_names if n not in values and by_name[n].init
                      and by_name[n].default is MISSING and by_name[n].default_factory is MISSING]
        if missing_kw:
            raise TypeError('%s() missing %s: %s'
                            % (qualname, _plural(len(missing_kw), 'required keyword-only argument'),
                               _names_list(missing_kw)))
        initvars = []
        for f in init_fields:
            if f.name in values and f.init:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                initvars.append(value)
                continue
            if setter is not None:
                setter(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)

    return _set_qualname(cls, __init__, '__init__')


_repr_running = set()


def _make_repr(cls, repr_fields):
    names = [f.name for f in repr_fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (n, getattr(self, n)) for n in names]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (type(self).__qualname__, ', '.join(parts))

    return _set_qualname(cls, __repr__, '__repr__')


def _tuple_of(self, names):
    return tuple(getattr(self, n) for n in names)


def _make_eq(cls, names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) == _tuple_of(other, names)
        return NotImplemented
    return _set_qualname(cls, __eq__, '__eq__')


def _make_order(cls, names, op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            a, b = _tuple_of(self, names), _tuple_of(other, names)
            if op == '__lt__':
                return a < b
            if op == '__le__':
                return a <= b
            if op == '__gt__':
                return a > b
            return a >= b
        return NotImplemented
    return _set_qualname(cls, compare, op)


def _make_hash(cls, names):
    def __hash__(self):
        return hash(_tuple_of(self, names))
    return _set_qualname(cls, __hash__, '__hash__')


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field '%s'" % name)
        super(cls, self).__delattr__(name)

    return (_set_qualname(cls, __setattr__, '__setattr__'),
            _set_qualname(cls, __delattr__, '__delattr__'))


def _annotation_text(annotation):
    # inspect.formatannotation's rules
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_text(std_fields, kw_fields):
    # the text of inspect.signature(cls), as CPython puts it in __doc__
    parts = []
    for i, f in enumerate(std_fields + kw_fields):
        if kw_fields and i == len(std_fields):
            parts.append('*')
        text = '%s: %s' % (f.name, _annotation_text(f.type))
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = %r' % (f.default,)
        parts.append(text)
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if slots:
        raise NotImplementedError('dataclass(slots=True) is not supported by gilsim')
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    for name, type_ in cls_annotations.items():
        if type_ is KW_ONLY or type_ == 'KW_ONLY' or type_ == 'dataclasses.KW_ONLY':
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, type_, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_init = [f for f in all_init_fields if f.init and f.kw_only]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_init_fields, std_init, kw_init, frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, [f for f in field_list if f.repr]))
    compare_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(cls, compare_names))
    if order:
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, op, _make_order(cls, compare_names, op)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (op, cls.__name__))
    if frozen:
        names = tuple(f.name for f in field_list)
        for name, fn in zip(('__setattr__', '__delattr__'), _make_frozen(cls, names)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))

    hash_names = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _make_hash(cls, hash_names)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hash_names)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(std_init, kw_init)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    """Adds generated dunder methods to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj, *, dict_factory=dict):
    """The fields as a dict, recursing into dataclasses, lists, tuples and
    dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    return _inner(obj, _asdict_inner, dict_factory)


def _inner(obj, again, factory):
    # asdict and astuple: what is not a dataclass
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[again(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(again(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((again(k, factory), again(v, factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields as a tuple, recursing as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    return _inner(obj, _astuple_inner, tuple_factory)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified '
                                 'with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False):
    """A new dataclass named cls_name from (name[, type[, Field]]) items."""
    ns = dict(namespace) if namespace is not None else {}
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
