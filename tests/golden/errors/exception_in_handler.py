# Exception raised inside an except block; last line is the new one
try:
    [][0]
except IndexError:
    print("handling")
    {}["missing"]

# expect: handling
# expect stderr: Traceback (most recent call last):
# expect stderr: KeyError: 'missing'
# exit: 1
