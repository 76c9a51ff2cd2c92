# UnboundLocalError is a NameError subclass
count = 0
def bump():
    count += 1
try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__)
except NameError:
    print("wrong")
def g():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError))
    y = 1
g()
print(issubclass(UnboundLocalError, NameError))

# expect: UnboundLocalError
# expect: UnboundLocalError True
# expect: True
