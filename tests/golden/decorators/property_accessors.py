# @property with @x.setter and @x.deleter: each makes a new property that
# keeps the other accessors; the getter's docstring becomes the property's;
# a missing accessor's error names the property (CPython 3.11's wording).
class Temperature:
    def __init__(self):
        self._celsius = 0.0
        self.log = []

    @property
    def celsius(self):
        "degrees Celsius"
        self.log.append('get')
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self.log.append('set %s' % value)
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        self.log.append('del')
        self._celsius = 0.0

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    readonly = property(lambda self: 'fixed')
    empty = property()


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius, t.log)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
p = Temperature.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, type(p).__name__)
for action in ('set fahrenheit', 'del fahrenheit', 'set readonly', 'get empty'):
    try:
        if action == 'set fahrenheit':
            t.fahrenheit = 1
        elif action == 'del fahrenheit':
            del t.fahrenheit
        elif action == 'set readonly':
            t.readonly = 2
        else:
            t.empty
    except AttributeError as e:
        print('AttributeError:', e)
getter_only = property(lambda self: 1)
with_setter = getter_only.setter(lambda self, v: None)
print(getter_only is with_setter, getter_only.fset, with_setter.fget is getter_only.fget)
# expect: 100 212.0
# expect: 0.0 ['set 100', 'get', 'get', 'del', 'get']
# expect: ValueError: below absolute zero
# expect: degrees Celsius None
# expect: celsius celsius celsius property
# expect: AttributeError: property 'fahrenheit' of 'Temperature' object has no setter
# expect: AttributeError: property 'fahrenheit' of 'Temperature' object has no deleter
# expect: AttributeError: property 'readonly' of 'Temperature' object has no setter
# expect: AttributeError: property 'empty' of 'Temperature' object has no getter
# expect: False None True
