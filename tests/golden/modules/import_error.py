# Importing a missing module raises ModuleNotFoundError (an ImportError)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__)
print(issubclass(ModuleNotFoundError, ImportError))

# expect: ModuleNotFoundError No module named 'no_such_module_xyz'
# expect: ImportError
# expect: True
