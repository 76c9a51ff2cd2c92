# numpy: shapes that do not broadcast raise numpy's ValueError
# python3: needs numpy
import numpy as np
for x, y in ((np.ones(3), np.ones(4)), (np.ones((2, 3)), np.ones(2)), (np.ones((2, 2)), np.ones((3, 2)))):
    try:
        x + y
    except ValueError as e:
        print(type(e).__name__, e)

# expect: ValueError operands could not be broadcast together with shapes (3,) (4,) 
# expect: ValueError operands could not be broadcast together with shapes (2,3) (2,) 
# expect: ValueError operands could not be broadcast together with shapes (2,2) (3,2) 
