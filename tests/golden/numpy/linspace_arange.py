# numpy: arange and linspace values equal numpy's bit for bit
# python3: needs numpy
import numpy as np
a = np.arange(0.0, 1.0, 0.1)
print(a.tolist())
l = np.linspace(0.0, 1.0, 11)
print(l.tolist())
print((a == l[:10]).tolist())
print(np.linspace(-1, 1, 7).tolist(), np.arange(1, 2, 0.3).tolist())
print(np.linspace(2.0, 3.0, num=5, endpoint=False).tolist())

# expect: [0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9]
# expect: [0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9, 1.0]
# expect: [True, True, True, True, True, True, True, True, True, True]
# expect: [-1.0, -0.6666666666666667, -0.33333333333333337, 0.0, 0.33333333333333326, 0.6666666666666665, 1.0] [1.0, 1.3, 1.6, 1.9000000000000001]
# expect: [2.0, 2.2, 2.4, 2.6, 2.8]
