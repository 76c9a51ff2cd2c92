# A helper with __all__: `from _exports import *` takes only those names.
__all__ = ['public', 'VERSION']
VERSION = (1, 2)


def public():
    return 'public'


def other():
    return 'other'


_hidden = 'hidden'
