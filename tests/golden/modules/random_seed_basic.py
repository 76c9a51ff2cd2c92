# random with a fixed seed reproduces CPython's sequence
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 10) for _ in range(10)])
print(random.choice(["a", "b", "c", "d"]), random.choice(range(100)))
print(random.uniform(1, 5))
random.seed(42)
print(random.random())

# expect: [0.6394267984578837, 0.025010755222666936, 0.27502931836911926]
# expect: [4, 3, 2, 9, 2, 10, 7, 1, 1, 2]
# expect: b 29
# expect: 3.0214211524134496
# expect: 0.6394267984578837
