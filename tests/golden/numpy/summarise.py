# numpy: more than 1000 elements print summarised with ...
# python3: needs numpy
import numpy as np
print(repr(np.arange(2000)))
print(np.arange(1001))
print(repr(np.arange(1000)[:5]))
print(repr(np.ones((40, 40))))
print(np.arange(3000).reshape(3, 1000))

# expect: array([   0,    1,    2, ..., 1997, 1998, 1999])
# expect: [   0    1    2 ...  998  999 1000]
# expect: array([0, 1, 2, 3, 4])
# expect: array([[1., 1., 1., ..., 1., 1., 1.],
# expect:        [1., 1., 1., ..., 1., 1., 1.],
# expect:        [1., 1., 1., ..., 1., 1., 1.],
# expect:        ...,
# expect:        [1., 1., 1., ..., 1., 1., 1.],
# expect:        [1., 1., 1., ..., 1., 1., 1.],
# expect:        [1., 1., 1., ..., 1., 1., 1.]])
# expect: [[   0    1    2 ...  997  998  999]
# expect:  [1000 1001 1002 ... 1997 1998 1999]
# expect:  [2000 2001 2002 ... 2997 2998 2999]]
