# numpy/h5py (simulated): what the teaching subset leaves out is an error
# naming it (an AttributeError, so hasattr keeps working), or
# NotImplementedError for an unsupported form of a supported call
# python3: skip
import numpy as np
import h5py
print(hasattr(np, 'eye'), hasattr(np, 'zeros'), getattr(h5py, 'Group', None))
try:
    np.fft
except AttributeError as e:
    print(e)
for f in (lambda: np.zeros((2, 2, 2)), lambda: np.array(['a']), lambda: np.zeros(3, dtype='float32'),
          lambda: np.array([True]) // np.array([True])):
    try:
        f()
    except NotImplementedError as e:
        print('NotImplementedError', e)
    except TypeError as e:
        print('TypeError', e)
# expect: False True None
# expect: numpy (simulated): numpy.fft is not part of gilsim's teaching subset
# expect: NotImplementedError numpy (simulated): arrays of more than 2 dimensions
# expect: NotImplementedError numpy (simulated): elements of type str (float, int and bool only)
# expect: NotImplementedError numpy (simulated): dtype float32 (float64, int64 and bool only)
# expect: NotImplementedError numpy (simulated): floor_divide of two bool arrays (NumPy gives int8)
