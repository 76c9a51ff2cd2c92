# import inside functions and module attribute access
def hyp(a, b):
    import math
    return math.sqrt(a * a + b * b)
print(hyp(3, 4))
def pick():
    from random import seed, randint
    seed(99)
    return randint(1, 1000)
print(pick(), pick())
import math
print(hasattr(math, "sqrt"), getattr(math, "pi") > 3)

# expect: 5.0
# expect: 414 414
# expect: True True
