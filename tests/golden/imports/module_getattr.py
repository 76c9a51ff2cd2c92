# A module's own __getattr__ (PEP 562) answers for the names the module
# does not have, through attribute access, from-import and getattr() with
# a default; what it refuses is an AttributeError (or ImportError).
import _lazy
from _lazy import lazy_value

print(_lazy.eager, _lazy.lazy_thing, lazy_value, getattr(_lazy, 'other', 'default'))
print(hasattr(_lazy, 'lazy_x'), hasattr(_lazy, 'nope'))
try:
    from _lazy import nope
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
try:
    _lazy.nope
except AttributeError as e:
    print('AttributeError:', e)

# expect: eager THING VALUE default
# expect: True False
# expect: ImportError: cannot import name 'nope' from '_lazy'
# expect: AttributeError: module '_lazy' has no attribute 'nope'
