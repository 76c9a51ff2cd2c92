# A module of CPython's standard library that gilsim lacks is named as
# such in the ModuleNotFoundError; an unknown module gets CPython's message.
try:
    import nosuchmodule_xyz
except ModuleNotFoundError as e:
    print(e)
import json
# exit: 1
# expect: No module named 'nosuchmodule_xyz'
# expect stderr: ModuleNotFoundError: No module named 'json' (CPython's standard library has it; gilsim does not)
