# numpy: inf and nan from division, log and sqrt (no exceptions; numpy only warns)
# python3: needs numpy
import numpy as np
a = np.array([1.0, -1.0, 0.0])
print(a / 0)
print(np.log(np.array([0.0, 1.0])))
print(np.array([1, 2]) // 0, np.array([1, 2]) % 0)
print(np.array([5.0, -5.0]) // 0.0)

# expect: [ inf -inf  nan]
# expect: [-inf   0.]
# expect: [0 0] [0 0]
# expect: [ inf -inf]
