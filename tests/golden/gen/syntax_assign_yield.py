# A yield expression is not an assignment target.
print("never printed")
def f(y):
    (yield y) += 1
# expect stderr:     (yield y) += 1
# expect stderr: SyntaxError: 'yield expression' is an illegal expression for augmented assignment
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design
# python3: skip
# exit: 2
