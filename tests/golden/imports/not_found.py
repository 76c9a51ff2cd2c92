# Import errors with CPython's types and messages: a module that is nowhere,
# a submodule of a plain module, a missing name (with the module's file), a
# relative import outside a package, and a module whose body raises (it is
# not cached: importing again runs it again).
import sys

def attempt(stmt):
    try:
        exec_import(stmt)
    except ImportError as e:
        msg = str(e)
        if ' (/' in msg:
            msg = msg[:msg.index(' (/')] + ' (<path>)'
        print(type(e).__name__ + ':', msg)
    except RuntimeError as e:
        print('RuntimeError:', e, '_broken' in sys.modules)

def exec_import(stmt):
    if stmt == 1:
        import no_such_helper_module
    elif stmt == 2:
        import _greet.sub
    elif stmt == 3:
        from _greet import no_such_name
    elif stmt == 4:
        from . import _greet
    elif stmt == 5:
        import _broken
    elif stmt == 6:
        from .._greet import greet

for i in range(1, 7):
    attempt(i)
attempt(5)

# expect: ModuleNotFoundError: No module named 'no_such_helper_module'
# expect: executing _greet as _greet
# expect: ModuleNotFoundError: No module named '_greet.sub'; '_greet' is not a package
# expect: ImportError: cannot import name 'no_such_name' from '_greet' (<path>)
# expect: ImportError: attempted relative import with no known parent package
# expect: RuntimeError: helper failed while loading False
# expect: ImportError: attempted relative import with no known parent package
# expect: RuntimeError: helper failed while loading False
