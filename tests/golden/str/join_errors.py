# join requires strings
try:
    ", ".join([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    ", ".join(["a", None])
except TypeError as e:
    print("TypeError:", e)
print(", ".join(map(str, [1, 2, 3])))
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)

# expect: TypeError: sequence item 0: expected str instance, int found
# expect: TypeError: sequence item 1: expected str instance, NoneType found
# expect: 1, 2, 3
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: 'str' object does not support item assignment
