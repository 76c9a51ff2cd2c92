# sys.modules is the cache: a second import does not run the module again,
# removing the entry makes the next import run it afresh (a new module
# object), and putting an object there makes import return that object.
import sys
import builtins
import _counter
import _counter as again
print(_counter.value, again is _counter, builtins.counter_runs)
old = sys.modules.pop('_counter')
import _counter
print(_counter.value, _counter is old, builtins.counter_runs)
sys.modules['_counter'] = 'a stand-in'
import _counter
print(_counter)

# expect: 1 True 1
# expect: 2 False 2
# expect: a stand-in
