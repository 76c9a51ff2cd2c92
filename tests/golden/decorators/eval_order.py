# Decorator expressions are evaluated top to bottom (name, arguments, the
# call that makes the decorator) before the def runs; the decorators are
# then applied bottom-up. The same actions happen for the explicit
# nested-call spelling.
actions = []


def make_decorator(tag):
    actions.append('make ' + tag)

    def decorate(func):
        actions.append('apply ' + tag)
        return func
    return decorate


class Tracer:
    def __init__(self, index):
        self.index = index

    def __getattr__(self, name):
        if name == 'make_decorator':
            actions.append('name %d' % self.index)
            return make_decorator
        if name == 'arg':
            actions.append('arg %d' % self.index)
            return str(self.index)
        raise AttributeError(name)


c1, c2, c3 = map(Tracer, [1, 2, 3])


def default():
    actions.append('default')
    return 0


@c1.make_decorator(c1.arg)
@c2.make_decorator(c2.arg)
@c3.make_decorator(c3.arg)
def foo(x=default()):
    return 42


print(foo())
for a in actions:
    print(a)
first = list(actions)
actions.clear()


def bar():
    return 42


bar = c1.make_decorator(c1.arg)(c2.make_decorator(c2.arg)(c3.make_decorator(c3.arg)(bar)))
print(bar(), [a for a in first if a != 'default'] == actions)
# expect: 42
# expect: name 1
# expect: arg 1
# expect: make 1
# expect: name 2
# expect: arg 2
# expect: make 2
# expect: name 3
# expect: arg 3
# expect: make 3
# expect: default
# expect: apply 3
# expect: apply 2
# expect: apply 1
# expect: 42 True
