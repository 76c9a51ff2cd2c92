# Truth values of built-in objects
vals = [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
for v in vals:
    print(repr(v), bool(v))
if [0]:
    print("non-empty list is true")
if not "":
    print("empty string is false")

# expect: 0 False
# expect: 1 True
# expect: -1 True
# expect: 0.0 False
# expect: 0.1 True
# expect: '' False
# expect: '0' True
# expect: [] False
# expect: [0] True
# expect: () False
# expect: (0,) True
# expect: {} False
# expect: {0: 0} True
# expect: set() False
# expect: None False
# expect: True True
# expect: False False
# expect: range(0, 0) False
# expect: range(0, 1) True
# expect: non-empty list is true
# expect: empty string is false
