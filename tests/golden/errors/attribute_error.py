# Uncaught AttributeError on an instance
class Foo:
    def __init__(self):
        self.x = 1
f = Foo()
print(f.x)
print(f.bar)

# expect: 1
# expect stderr: Traceback (most recent call last):
# expect stderr: AttributeError: 'Foo' object has no attribute 'bar'
# exit: 1
