# print converts each argument with str()
print(1, 1.0, "s", None, True, [1], (2,), {3: 4}, {5})
print(10 ** 20, -0.0, 1e100, 2 ** 0.5)
print("", "", sep="|")
print("tab\tsep", "x")
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(P(), [P()], (P(),))

# expect: 1 1.0 s None True [1] (2,) {3: 4} {5}
# expect: 100000000000000000000 -0.0 1e+100 1.4142135623730951
# expect: |
# expect: tab	sep x
# expect: P-str [P-repr] (P-repr,)
