# import forms: import x, import x as y, from x import y
import math
import math as m
from math import sqrt, pi
from math import floor as fl
print(m.sqrt(9), sqrt(25), pi == math.pi, fl(2.9))
print(m is math, m.__name__)
import copy, random
print(copy.__name__, random.__name__)

# expect: 3.0 5.0 True 2
# expect: True math
# expect: copy random
