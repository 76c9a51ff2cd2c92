# numpy: in-place operators update the array (and its views)
# python3: needs numpy
import numpy as np
a = np.arange(5, dtype=float)
v = a[1:3]
a += 1
a *= 2
print(a, v)
v -= 100
print(a)
i = np.arange(4)
i += 3
i //= 2
print(i)
try:
    i += 0.5
except TypeError as e:
    print(type(e).__name__, e)

# expect: [ 2.  4.  6.  8. 10.] [4. 6.]
# expect: [  2. -96. -94.   8.  10.]
# expect: [1 2 2 3]
# expect: UFuncTypeError Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
