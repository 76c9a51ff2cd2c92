# numpy: the midpoint rule for pi over 10**5 intervals, vectorised
# python3: needs numpy
import numpy as np
n = 100_000
x = (np.arange(n) + 0.5) / n
pi = (4.0 / (1.0 + x * x)).sum() / n
print(pi, abs(pi - np.pi) < 1e-9)

# expect: 3.141592653598127 True
