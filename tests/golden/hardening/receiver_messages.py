# A built-in method entered with a foreign receiver, or with none, raises
# CPython's TypeError -- on every way in: an unbound call, __get__, a class
# method's descriptor, an attribute descriptor, and a descriptor planted on
# another class (the eval loop's method-call path and plain binding).
#
# expect: TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'str' object
# expect: TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'str' object
# expect: TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'index' for 'tuple' objects doesn't apply to a 'list' object
# expect: TypeError: unbound method dict.get() needs an argument
# expect: TypeError: unbound method dict.get() needs an argument
# expect: TypeError: descriptor '__getitem__' for 'list' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor '__contains__' for 'dict' objects doesn't apply to a 'list' object
# expect: TypeError: descriptor '__init__' requires a 'list' object but received a 'int'
# expect: TypeError: descriptor '__add__' requires a 'str' object but received a 'int'
# expect: TypeError: descriptor '__len__' requires a 'set' object but received a 'str'
# expect: TypeError: descriptor '__init__' of 'list' object needs an argument
# expect: TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'str' object
# expect: TypeError: descriptor '__init__' for 'list' objects doesn't apply to a 'int' object
# expect: TypeError: __get__(None, None) is invalid
# expect: True
# expect: TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'str'
# expect: TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'
# expect: TypeError: descriptor 'fromkeys' for type 'dict' needs a type, not a 'int' as arg 2
# expect: TypeError: descriptor 'fromkeys' for type 'dict' needs a type, not a 'int' as arg 2
# expect: TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'str'
# expect: TypeError: descriptor 'fromkeys' of 'dict' object needs an argument
# expect: {'a': None, 'b': None} {1: None}
# expect: TypeError: descriptor 'start' for 'range' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'start' for 'range' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'start' for 'range' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor '__name__' for 'type' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor '__name__' for 'type' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'args' for 'BaseException' objects doesn't apply to a 'int' object
# expect: 4 range dict
# expect: TypeError: descriptor 'mro' for 'type' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'with_traceback' for 'BaseException' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'bit_length' for 'int' objects doesn't apply to a 'float' object
# expect: TypeError: descriptor 'is_integer' for 'float' objects doesn't apply to a 'int' object
# expect: TypeError: unbound method lock.acquire() needs an argument
# expect: TypeError: descriptor 'acquire' for '_thread.lock' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor '__enter__' for '_thread.lock' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'random' for '_random.Random' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'Plain' object
# expect: TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'Host' object
# expect: TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'Host' object
# expect: TypeError: descriptor '__init__' requires a 'list' object but received a 'Host'
# expect: TypeError: descriptor 'start' for 'range' objects doesn't apply to a 'Host' object
# expect: TypeError: descriptor 'start' for 'range' objects doesn't apply to a 'Host' object
# expect: TypeError: descriptor '__name__' for 'function' objects doesn't apply to a 'Host' object
# expect: TypeError: descriptor '__name__' for 'function' objects doesn't apply to a 'Host' object
# expect: TypeError: descriptor '__name__' for 'function' objects doesn't apply to a 'Host' object
# expect: TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'Host'
# expect: TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'Host'
# expect: [1, 4] 2 1
# expect: D {2: None} {3: None}
# expect: 1 1 k
# expect: 2 True
import _thread
import _random


def show(f):
    try:
        r = f()
    except TypeError as e:
        print('TypeError:', e)
    else:
        print('no error:', r)


# unbound methods
show(lambda: dict.get('A' * 64, 1))
show(lambda: list.append('A' * 64, 1))
show(lambda: str.upper(5))
show(lambda: tuple.index([1], 1))
show(lambda: dict.get())
show(lambda: dict.get(key=1))
show(lambda: list.__getitem__(5, 0))
show(lambda: dict.__contains__([], 1))
# slot wrappers: CPython's wording differs from a method's
show(lambda: list.__init__(5))
show(lambda: str.__add__(5, 'a'))
show(lambda: set.__len__('abc'))
show(lambda: list.__init__())
# binding
show(lambda: dict.get.__get__('x'))
show(lambda: list.__init__.__get__(5))
show(lambda: dict.get.__get__(None))
print(dict.get.__get__(None, dict) is dict.get)
# class methods
fromkeys = dict.__dict__['fromkeys']
show(lambda: fromkeys.__get__(None, str))
show(lambda: fromkeys.__get__(5))
show(lambda: fromkeys.__get__(None, 5))
show(lambda: fromkeys(5, [1]))
show(lambda: fromkeys(str, [1]))
show(lambda: fromkeys())
print(fromkeys(dict, 'ab'), fromkeys.__get__(None, dict)([1]))
# attribute descriptors
show(lambda: range.start.__get__(5))
show(lambda: range.start.__set__(5, 1))
show(lambda: range.start.__delete__(5))
show(lambda: type.__dict__['__name__'].__get__(5))
show(lambda: type.__dict__['__name__'].__set__(5, 'x'))
show(lambda: BaseException.__dict__['args'].__get__(5))
print(range.start.__get__(range(4, 9)), range.start.__objclass__.__name__, dict.get.__objclass__.__name__)
# methods of other built-in types
show(lambda: type.mro(5))
show(lambda: BaseException.with_traceback(5, None))
show(lambda: int.bit_length(1.5))
show(lambda: float.is_integer(1))
show(lambda: type(_thread.allocate_lock()).acquire())
show(lambda: type(_thread.allocate_lock()).acquire(5))
show(lambda: type(_thread.allocate_lock()).__enter__(5))
show(lambda: _random.Random.random(5))


class Plain:
    pass


show(lambda: dict.get(Plain(), 1))


# descriptors planted on a class they do not belong to
class Host:
    get = dict.get
    init = list.__init__
    start = range.start
    fromkeys = dict.__dict__['fromkeys']
    name = type(show).__dict__['__name__']


def set_start():
    Host().start = 1


def set_name():
    Host().name = 'x'


def del_name():
    del Host().name


show(lambda: Host().get(1))
show(lambda: Host().get)
show(lambda: Host().init())
show(lambda: Host().start)
show(set_start)
show(lambda: Host().name)
show(set_name)
show(del_name)
show(lambda: Host().fromkeys([1]))
show(lambda: Host.fromkeys([1]))


# instances of subclasses are receivers of the base's methods
class L(list):
    def append(self, x):
        super().append(x * 2)


class D(dict):
    pass


lst = L()
list.append(lst, 1)
lst.append(2)
print(lst, list.__len__(lst), dict.get(D(a=1), 'a'))
print(type(D.fromkeys([1])).__name__, fromkeys.__get__(D(), None)([2]), fromkeys(D, [3]))
print(int.bit_length(True), int.conjugate(True), BaseException.__str__(ValueError('k')))
print(dict.get.__get__(D(b=2))('b'), list.__init__.__get__(lst) is not None)
