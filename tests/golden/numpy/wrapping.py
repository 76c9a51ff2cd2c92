# numpy: long arrays wrap at 75 columns, repr continuation lines indented
# python3: needs numpy
import numpy as np
print(repr(np.arange(30.0)))
print(np.arange(30.0))
print(repr(np.arange(40)))
print(np.arange(40))
print(repr(np.linspace(0, 1, 12)))
print(repr(np.arange(24.0).reshape(2, 12)))

# expect: array([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12.,
# expect:        13., 14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25.,
# expect:        26., 27., 28., 29.])
# expect: [ 0.  1.  2.  3.  4.  5.  6.  7.  8.  9. 10. 11. 12. 13. 14. 15. 16. 17.
# expect:  18. 19. 20. 21. 22. 23. 24. 25. 26. 27. 28. 29.]
# expect: array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,
# expect:        17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
# expect:        34, 35, 36, 37, 38, 39])
# expect: [ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
# expect:  24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39]
# expect: array([0.        , 0.09090909, 0.18181818, 0.27272727, 0.36363636,
# expect:        0.45454545, 0.54545455, 0.63636364, 0.72727273, 0.81818182,
# expect:        0.90909091, 1.        ])
# expect: array([[ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11.],
# expect:        [12., 13., 14., 15., 16., 17., 18., 19., 20., 21., 22., 23.]])
