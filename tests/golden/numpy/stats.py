# numpy: a small data analysis: normalising, filtering, summarising
# python3: needs numpy
import numpy as np
temps = np.array([[12.5, 14.0, 15.5, 13.0], [18.0, 21.5, 19.0, 22.5], [8.0, 7.5, 9.0, 6.5]])
print(temps.mean(axis=1))
print(temps.max(axis=0) - temps.min(axis=0))
z = (temps - temps.mean()) / temps.std()
print(z)
print(temps[temps > 15])
print((temps > 15).sum(), temps.argmax(), temps.ravel()[temps.argmax()])

# expect: [13.75 20.25  7.75]
# expect: [10. 14. 10. 16.]
# expect: [[-0.26835787  0.01578576  0.29992939 -0.17364333]
# expect:  [ 0.77350211  1.43650391  0.96293119  1.625933  ]
# expect:  [-1.12078877 -1.21550331 -0.93135968 -1.4049324 ]]
# expect: [15.5 18.  21.5 19.  22.5]
# expect: 5 7 22.5
