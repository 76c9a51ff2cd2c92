# PEP 614: any expression can be a decorator: subscripts, calls of calls,
# conditional expressions, lambdas and attribute chains.
def tag(label):
    def deco(f):
        f.label = label
        return f
    return deco


decos = [tag('first'), tag('second')]
table = {'k': tag('from dict')}


class NS:
    class inner:
        deco = staticmethod(tag('nested attribute'))


def curried(a):
    def mid(b):
        return tag('%s+%s' % (a, b))
    return mid


@decos[0]
def a(): pass


@decos[-1]
def b(): pass


@table['k']
def c(): pass


@NS.inner.deco
def d(): pass


@curried(1)(2)
def e(): pass


@tag('yes') if len(decos) == 2 else tag('no')
def f(): pass


@(lambda fn: tag('lambda')(fn))
def g(): pass


for fn in (a, b, c, d, e, f, g):
    print(fn.__name__, fn.label)


@lambda fn: fn.__name__.upper()
def replaced(): pass


print(replaced, type(replaced).__name__)
# expect: a first
# expect: b second
# expect: c from dict
# expect: d nested attribute
# expect: e 1+2
# expect: f yes
# expect: g lambda
# expect: REPLACED str
