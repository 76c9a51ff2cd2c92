# import, from-import and import-as of a module next to the program: its
# body runs once, every form gives the same module object (cached in
# sys.modules), its state is shared, and its __main__ guard stays closed.
import sys
import _greet
from _greet import greet, Greeter
import _greet as g2

print(_greet.greet('Ada'), greet('Bob'))
print(g2 is _greet, sys.modules['_greet'] is _greet, _greet.calls)
print(_greet.__name__, _greet.__file__.endswith('/_greet.py'))
print(Greeter('hi')('Cy'), type(Greeter('x')).__module__)
_greet.GREETING = 'bye'
import _greet
print(greet('Di'), _greet.calls)
print(repr(_greet).startswith("<module '_greet' from '/"))
print(__name__)

# expect: executing _greet as _greet
# expect: hello, Ada hello, Bob
# expect: True True 2
# expect: _greet True
# expect: hi, Cy! _greet
# expect: bye, Di 3
# expect: True
# expect: __main__
