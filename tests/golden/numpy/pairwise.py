# numpy: float sums use numpy's pairwise summation (not left to right)
# python3: needs numpy
import numpy as np
x = np.arange(1, 1001) / 7.0
print(x.sum(), x.mean())
s = 0.0
for v in x:
    s += v
print(s == x.sum())
print(np.full(1000, 0.1).sum(), np.full(129, 0.01).sum())
m = x.reshape(10, 100)
print(m.sum(axis=1))
print(m.sum(axis=0)[:4])

# expect: 71500.0 71.5
# expect: True
# expect: 100.00000000000001 1.29
# expect: [  721.42857143  2150.          3578.57142857  5007.14285714
# expect:   6435.71428571  7864.28571429  9292.85714286 10721.42857143
# expect:  12150.         13578.57142857]
# expect: [644.28571429 645.71428571 647.14285714 648.57142857]
