# Built-in methods and library functions given arguments of the wrong type
# raise CPython's exception, never crash. The last ones crashed, hung or
# aborted before: a non-int in strftime's tuple, perm(n) and comb/perm with
# k past the int64 range.
#
# expect: ValueError: None is not in list
# expect: ValueError: True
# expect: TypeError: sequence item 0: expected str instance, int found
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not callable
# expect: TypeError: startswith first arg must be str or a tuple of str, not int
# expect: TypeError: must be str or None, not int
# expect: TypeError: replace() argument 1 must be str, not int
# expect: ValueError: tuple.index(x): x not in tuple
# expect: TypeError: 'int' object is not iterable
# expect: ValueError: sequence.index(x): x not in sequence
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: OverflowError: signed integer is greater than maximum
# expect: OverflowError: factorial() argument should not exceed 9223372036854775807
# expect: OverflowError: factorial() argument should not exceed 9223372036854775807
# expect: ValueError: factorial() not defined for negative values
# expect: -> 120
# expect: -> 120
# expect: -> 720
# expect: OverflowError: min(n - k, k) must not exceed 9223372036854775807
# expect: OverflowError: k must not exceed 9223372036854775807
# expect: -> 100891344545564193334812497256
import math
import time


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('->', r)


show(lambda: [1].index(None))
try:
    [].index(object())
except ValueError as e:
    print('ValueError:', str(e).endswith('is not in list'))
show(lambda: 'a'.join([1]))
show(lambda: {}.update(5))
show(lambda: [3, 1].sort(key=5))
show(lambda: 'abc'.startswith(5))
show(lambda: 'abc'.split(5))
show(lambda: 'abc'.replace(1, 2))
show(lambda: (1, 2).index('x'))
show(lambda: {1}.issubset(5))
show(lambda: range(3).index('x'))
show(lambda: dict.fromkeys(5))
show(lambda: [].extend(5))
show(lambda: 'ab' * 'c')
show(lambda: time.strftime('%Y', (2020, 1, 'a', 0, 0, 0, 0, 0, 0)))
show(lambda: time.strftime('%Y', (2020, 1.5, 1, 0, 0, 0, 0, 0, 0)))
show(lambda: time.strftime('%Y', (2 ** 40, 1, 1, 0, 0, 0, 0, 0, 0)))
show(lambda: math.perm(2 ** 63))
show(lambda: math.perm(10 ** 30))
show(lambda: math.perm(-1))
show(lambda: math.perm(5))
show(lambda: math.perm(5, None))
show(lambda: math.perm(10, 3))
show(lambda: math.comb(10 ** 30, 2 ** 63))
show(lambda: math.perm(10 ** 30, 2 ** 63))
show(lambda: math.comb(100, 50))
