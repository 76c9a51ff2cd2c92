# A helper package for the imports goldens.
print('package', __name__, 'package attr', __package__)
from .circle import Circle
from . import square
DEFAULT = 'circle'
