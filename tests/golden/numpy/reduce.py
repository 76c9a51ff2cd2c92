# numpy: sum, mean, min, max, argmax, argmin over the whole array
# python3: needs numpy
import numpy as np
a = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
print(a.sum(), a.mean(), a.min(), a.max(), a.argmax(), a.argmin())
print(np.sum(a), np.mean(a), np.min(a), np.max(a))
i = np.arange(1, 11)
print(i.sum(), i.mean(), i.min(), i.max(), i.argmax())
print(np.array([True, False, True]).sum())
print(np.array([0.1] * 10).sum(), sum([0.1] * 10))
print(np.linspace(0, 1, 1001).sum())

# expect: 31.0 3.875 1.0 9.0 5 1
# expect: 31.0 3.875 1.0 9.0
# expect: 55 5.5 1 10 9
# expect: 2
# expect: 1.0 0.9999999999999999
# expect: 500.5
