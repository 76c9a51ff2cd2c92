# Exponentiation
print(2 ** -1, 2 ** -2, 10 ** -3)
print(type(2 ** -1).__name__)
print(3 ** 40)
print(2 ** 100)
print((-3) ** 3, (-3) ** 4)
print(4 ** 0.5, 2.0 ** 3, 8 ** (1/3))
print(pow(2, 10), pow(2, -1), pow(-2, 3))
print(0 ** 5, 1 ** 1000, (-1) ** 1001)
print(1.5 ** 2)
x = 3
x **= 3
print(x)

# expect: 0.5 0.25 0.001
# expect: float
# expect: 12157665459056928801
# expect: 1267650600228229401496703205376
# expect: -27 81
# expect: 2.0 8.0 2.0
# expect: 1024 0.5 -8
# expect: 0 1 -1
# expect: 2.25
# expect: 27
