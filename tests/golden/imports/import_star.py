# `from helper import *`: with __all__ only the names it lists, without it
# every name that does not start with an underscore.
from _exports import *
from _plain import *

print(public(), VERSION, shown)
for name in ('other', '_hidden', '_private'):
    print(name, name in globals())

# expect: public (1, 2) shown
# expect: other False
# expect: _hidden False
# expect: _private False
