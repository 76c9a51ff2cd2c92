# Same seed gives same sequence; different seeds differ
import random
def draw(seed):
    random.seed(seed)
    return [random.randint(0, 99) for _ in range(6)]
a = draw(10)
b = draw(10)
c = draw(11)
print(a)
print(a == b, a == c)
print(c)
random.seed(5)
x = random.random()
print(0 <= x < 1, x)

# expect: [73, 4, 54, 61, 73, 1]
# expect: True False
# expect: [57, 71, 99, 59, 57, 65]
# expect: True 0.6229016948897019
