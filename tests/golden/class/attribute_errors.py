# AttributeError messages for builtins and instances
class Foo:
    pass
for obj, attr in [(Foo(), "bar"), (5, "foo"), ("s", "nope"), ([], "push"), (None, "x")]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print(e)
try:
    Foo.missing
except AttributeError as e:
    print(e)

# expect: 'Foo' object has no attribute 'bar'
# expect: 'int' object has no attribute 'foo'
# expect: 'str' object has no attribute 'nope'
# expect: 'list' object has no attribute 'push'
# expect: 'NoneType' object has no attribute 'x'
# expect: type object 'Foo' has no attribute 'missing'
