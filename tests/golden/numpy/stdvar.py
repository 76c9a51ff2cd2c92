# numpy: std and var (population, ddof=0)
# python3: needs numpy
import numpy as np
a = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(a.std(), a.var(), np.std(a))
m = np.arange(6).reshape(2, 3)
print(m.std(), m.var(axis=0), m.std(axis=1))

# expect: 2.0 4.0 2.0
# expect: 1.707825127659933 [2.25 2.25 2.25] [0.81649658 0.81649658]
