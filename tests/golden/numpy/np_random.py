# numpy.random (simulated): seeded generators are reproducible, but their
# values are gilsim's own stream, not numpy's (hence not compared with python3)
# python3: skip
import numpy as np
rng = np.random.default_rng(42)
a = rng.random(5)
print(a.shape, a.dtype, bool(((a >= 0) & (a < 1)).all()))
again = np.random.default_rng(42).random(5)
print((a == again).all())
i = rng.integers(0, 10, size=(3, 4))
print(i.shape, i.dtype, i.min() >= 0, i.max() < 10)
n = rng.normal(5.0, 0.1, size=2000)
print(abs(n.mean() - 5.0) < 0.01, abs(n.std() - 0.1) < 0.01)
np.random.seed(1)
x = np.random.rand(2, 3)
np.random.seed(1)
print(x.shape, (x == np.random.rand(2, 3)).all(), type(rng.random()).__name__)
# expect: (5,) float64 True
# expect: True
# expect: (3, 4) int64 True True
# expect: True True
# expect: (2, 3) True float
