"""types: names for the interpreter's own types, and SimpleNamespace (gilsim).

FunctionType, LambdaType, GeneratorType, MethodType (callable:
MethodType(function, instance) binds), BuiltinFunctionType,
BuiltinMethodType, ModuleType, CodeType, GenericAlias, NoneType,
EllipsisType and NotImplementedType are the types the objects really have,
so isinstance() answers as in CPython. SimpleNamespace behaves as CPython
3.11's. Not here (NotImplementedError naming them): coroutine and
async-generator types (gilsim has no async), frame and traceback types,
MappingProxyType, new_class/prepare_class/resolve_bases, DynamicClassAttribute.
"""

import sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
GenericAlias = type(list[int])
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del _f, _g, _C


class SimpleNamespace:
    """A plain object whose attributes are given as keyword arguments."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable:
            raise NotImplementedError('types.SimpleNamespace(mapping) is Python 3.13; '
                                      'gilsim follows 3.11: keyword arguments only')
        self.__dict__.update(kwargs)

    def __repr__(self):
        if getattr(self, '_SimpleNamespace__repr_running', False):
            return 'namespace(...)'
        object.__setattr__(self, '_SimpleNamespace__repr_running', True)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()
                     if k != '_SimpleNamespace__repr_running']
        finally:
            object.__delattr__(self, '_SimpleNamespace__repr_running')
        return 'namespace(%s)' % ', '.join(items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


_ASYNC_OR_INTERNAL = {
    'CoroutineType', 'AsyncGeneratorType', 'FrameType', 'TracebackType',
    'MappingProxyType', 'GetSetDescriptorType', 'MemberDescriptorType',
    'MethodDescriptorType', 'WrapperDescriptorType', 'MethodWrapperType',
    'ClassMethodDescriptorType', 'CellType', 'UnionType', 'DynamicClassAttribute',
    'new_class', 'prepare_class', 'resolve_bases', 'get_original_bases', 'coroutine',
}


def __getattr__(name):
    if name in _ASYNC_OR_INTERNAL:
        raise NotImplementedError('types.%s is not in gilsim' % name)
    raise AttributeError("module 'types' has no attribute '%s'" % name)
