# range arguments and errors
print(list(range(3)), list(range(1, 4)), list(range(1, 10, 4)), list(range(3, -3, -2)))
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(5).start, range(5).stop, range(5).step, range(2, 9, 3).step)

# expect: [0, 1, 2] [1, 2, 3] [1, 5, 9] [3, 1, -1]
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: 0 5 1 3
