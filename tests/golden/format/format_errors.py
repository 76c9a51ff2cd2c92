# Errors from format specs
try:
    f"{'abc':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)

# expect: ValueError: Unknown format code 'd' for object of type 'str'
# expect: IndexError: Replacement index 1 out of range for positional args tuple
# expect: KeyError: 'x'
# expect: ValueError: Unknown format code 'd' for object of type 'float'
