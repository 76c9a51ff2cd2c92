# randrange with steps and other seeds
import random
random.seed(7)
print([random.randrange(10) for _ in range(5)])
print([random.randrange(5, 50, 5) for _ in range(5)])
print([random.randrange(10, 0, -2) for _ in range(5)])
print(random.randint(-100, 100), random.randrange(1, 2))
random.seed(0)
print(random.random(), random.randint(0, 10 ** 12))
random.seed(123)
print([round(random.uniform(-1, 1), 6) for _ in range(4)])

# expect: [5, 2, 6, 0, 1]
# expect: [45, 10, 30, 5, 45]
# expect: [8, 10, 10, 4, 4]
# expect: -83 1
# expect: 0.8444218515250481 978212965548
# expect: [-0.895273, -0.825627, -0.185516, -0.7846]
