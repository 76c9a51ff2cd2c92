# abs of numeric types
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(False), abs(-0.0))
print(abs(-(10 ** 30)), abs(float("-inf")))
class Neg:
    def __abs__(self):
        return "abs called"
print(abs(Neg()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)

# expect: 5 5 2.5 1 0 0.0
# expect: 1000000000000000000000000000000 inf
# expect: abs called
# expect: TypeError: bad operand type for abs(): 'str'
