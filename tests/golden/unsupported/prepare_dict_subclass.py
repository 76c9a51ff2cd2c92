# A class namespace other than a plain dict (a dict subclass from a
# metaclass's __prepare__, whose __setitem__ CPython would call for every
# assignment in the body) is outside gilsim's subset: refused before the
# body runs, never silently treated as a dict.
class Recording(dict):
    def __setitem__(self, key, value):
        print('set', key)
        super().__setitem__(key, value)


class R(type):
    @classmethod
    def __prepare__(m, name, bases):
        return Recording()


try:
    class S(metaclass=R):
        x = 1
    print('created', type(S).__name__)
except NotImplementedError as e:
    print('NotImplementedError:', e)
# python3: skip
# expect: NotImplementedError: a class namespace other than a dict (from __prepare__: Recording) is not supported by gilsim
