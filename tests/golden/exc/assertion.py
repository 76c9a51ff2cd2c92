# assert statements
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e), e.args)
x = 5
try:
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print(e)

# expect: AssertionError: one is not greater
# expect: no message: AssertionError() ()
# expect: x was 5
