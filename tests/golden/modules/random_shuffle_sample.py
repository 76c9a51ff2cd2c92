# shuffle and sample with fixed seeds
import random
random.seed(1)
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5))
print(random.sample(["x", "y", "z"], 3))
random.seed(2023)
deck = [r + s for s in "SH" for r in "A23"]
random.shuffle(deck)
print(deck)
print(random.sample(deck, 2))

# expect: [6, 8, 9, 7, 5, 3, 0, 4, 1, 2]
# expect: [26, 12, 62, 3, 49]
# expect: ['y', 'x', 'z']
# expect: ['AS', '3S', '2S', '2H', '3H', 'AH']
# expect: ['AH', 'AS']
