# A package folder next to the program: __init__.py runs first, relative
# imports inside it (one and two dots), submodules bound on their package,
# __package__ and __path__ as CPython sets them.
import _shapes
print(_shapes.Circle(2).area(), _shapes.square.area(3), _shapes.DEFAULT)
import _shapes._solid.cube
from _shapes._solid.cube import volume
print(volume(3), _shapes._solid.cube.WHERE)
print(_shapes.__package__, _shapes._solid.__package__, _shapes._solid.cube.__package__)
print(_shapes.__path__[0].endswith('/_shapes'), _shapes.__file__.endswith('/_shapes/__init__.py'))
print(hasattr(_shapes.square, '__path__'), _shapes._solid.cube._here)
import sys
print(sorted(n for n in sys.modules if n.startswith('_shapes')))

# expect: package _shapes package attr _shapes
# expect: 12.57 9 circle
# expect: 27 ('_shapes._solid.cube', '_shapes._solid', '_shapes.circle')
# expect: _shapes _shapes._solid _shapes._solid
# expect: True True
# expect: False _shapes._solid
# expect: ['_shapes', '_shapes._solid', '_shapes._solid.cube', '_shapes.circle', '_shapes.square']
