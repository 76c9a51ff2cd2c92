# numpy: reductions along an axis
# python3: needs numpy
import numpy as np
m = np.arange(12).reshape(3, 4)
print(m.sum(axis=0), m.sum(axis=1), m.sum(axis=-1))
print(m.max(axis=0), m.min(axis=1), m.argmax(axis=1), m.argmin(axis=0))
print(m.mean(axis=0), m.mean(axis=1))
f = m * 0.1
print(f.sum(axis=0), f.sum(axis=1))
print(np.sum(f, axis=1), np.mean(m, axis=1))
try:
    m.sum(axis=2)
except Exception as e:
    print(type(e).__name__, e)

# expect: [12 15 18 21] [ 6 22 38] [ 6 22 38]
# expect: [ 8  9 10 11] [0 4 8] [3 3 3] [0 0 0 0]
# expect: [4. 5. 6. 7.] [1.5 5.5 9.5]
# expect: [1.2 1.5 1.8 2.1] [0.6 2.2 3.8]
# expect: [0.6 2.2 3.8] [1.5 5.5 9.5]
# expect: AxisError axis 2 is out of bounds for array of dimension 2
