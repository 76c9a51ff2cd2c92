# Unpacking errors
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)

# expect: ValueError: too many values to unpack (expected 2)
# expect: ValueError: not enough values to unpack (expected 3, got 2)
# expect: ValueError: not enough values to unpack (expected at least 2, got 1)
# expect: TypeError: cannot unpack non-iterable int object
