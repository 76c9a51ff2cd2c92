# str.format
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=5))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    def __init__(self):
        self.x = 3
        self.y = 4
print("({0.x}, {0.y})".format(P()))
print("{{}} {{{}}}".format(7))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{:.2f} {:,} {:08.3f}".format(2.71828, 1000000, -1.5))
print("{!r} {!s}".format("q", "q"))
print("{0:{1}}|".format("w", 5))
print("{} {}".format(True, None))
print("{:d} {:5}|{:<5}|".format(True, True, None.__class__.__name__))

# expect: a b
# expect: b a b
# expect: Ann is 5
# expect: 10 20 v
# expect: (3, 4)
# expect: {} {7}
# expect:      a|b     |  c   |
# expect: 2.72 1,000,000 -001.500
# expect: 'q' q
# expect: w    |
# expect: True None
# expect: 1     1|NoneType|
