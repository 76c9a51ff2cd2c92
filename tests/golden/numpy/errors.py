# numpy: index errors, truth value of arrays, bool negation
# python3: needs numpy
import numpy as np
a = np.arange(3)
for f in (lambda: a[3], lambda: a[1, 2], lambda: np.arange(4).reshape(2, 2)[2, 0]):
    try:
        f()
    except IndexError as e:
        print('IndexError', e)
try:
    if a > 0:
        pass
except ValueError as e:
    print('ValueError', e)
try:
    -np.array([True])
except TypeError as e:
    print('TypeError', e)
try:
    np.array([True]) - np.array([False])
except TypeError as e:
    print('TypeError', e)
try:
    np.arange(3) ** -1
except ValueError as e:
    print('ValueError', e)
try:
    np.zeros(-1)
except ValueError as e:
    print('ValueError', e)

# expect: IndexError index 3 is out of bounds for axis 0 with size 3
# expect: IndexError too many indices for array: array is 1-dimensional, but 2 were indexed
# expect: IndexError index 2 is out of bounds for axis 0 with size 2
# expect: ValueError The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()
# expect: TypeError The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.
# expect: TypeError numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.
# expect: ValueError Integers to negative integer powers are not allowed.
# expect: ValueError negative dimensions are not allowed
