# Errors while decorating: an undefined decorator name (NameError), a
# decorator that is not callable (TypeError), a missing attribute in a
# dotted decorator (AttributeError) and a decorator that raises; the
# function name stays unbound in each case.
nothing = None


class Holder:
    pass


def unimplemented(func):
    raise NotImplementedError('not yet: ' + func.__name__)


attempts = [('undefined', NameError), ('nothing', TypeError), ('attribute', AttributeError),
            ('raises', NotImplementedError)]
for name, expected in attempts:
    try:
        if name == 'undefined':
            @no_such_decorator
            def f():
                pass
        elif name == 'nothing':
            @nothing
            def f():
                pass
        elif name == 'attribute':
            @Holder.missing
            def f():
                pass
        else:
            @unimplemented
            def f():
                pass
    except expected as e:
        print(name, type(e).__name__, e)
    print('f' in globals())


@staticmethod
def plain(x):
    return x * 2


print(plain(21), type(plain).__name__)
# expect: undefined NameError name 'no_such_decorator' is not defined
# expect: False
# expect: nothing TypeError 'NoneType' object is not callable
# expect: False
# expect: attribute AttributeError type object 'Holder' has no attribute 'missing'
# expect: False
# expect: raises NotImplementedError not yet: f
# expect: False
# expect: 42 staticmethod
