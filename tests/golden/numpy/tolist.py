# numpy: tolist, iteration and in
# python3: needs numpy
import numpy as np
a = np.arange(3) * 0.5
print(a.tolist(), np.arange(4).reshape(2, 2).tolist())
for x in a:
    print(x)
for row in np.arange(6).reshape(2, 3):
    print(row, row.sum())
print(1.0 in a, 7 in a, list(np.array([True, False])))
print([x * 2 for x in np.arange(3)])

# expect: [0.0, 0.5, 1.0] [[0, 1], [2, 3]]
# expect: 0.0
# expect: 0.5
# expect: 1.0
# expect: [0 1 2] 3
# expect: [3 4 5] 12
# expect: True False [True, False]
# expect: [0, 2, 4]
