# field(): default_factory gives each instance its own value; repr=False,
# init=False and compare=False; __post_init__ runs after the generated
# __init__; a mutable plain default and a non-default field after a default
# are refused when the class is made.
from dataclasses import dataclass, field, fields


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: str = field(default='nobody', repr=False)
    count: int = field(init=False, default=0)
    note: str = field(default='', compare=False)

    def __post_init__(self):
        self.count = len(self.items)


a = Inventory(['apple', 'pear'])
b = Inventory()
print(a, a.count, a.owner, b, b.items is not Inventory().items)
print(Inventory(['x'], note='one') == Inventory(['x'], note='two'))
print([(f.name, f.init, f.repr, f.compare) for f in fields(Inventory)])
print(fields(a)[0].default_factory is list, fields(a)[1].default)
print(Inventory.__doc__)
try:
    @dataclass
    class BadDefault:
        tags: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass
    class BadOrder:
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError:', e)
try:
    field(default=1, default_factory=int)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class Meta:
    tag: str = field(default='t', metadata={'unit': 'cm'})


print(fields(Meta)[0].metadata['unit'], Meta().tag, Meta.tag)
# expect: Inventory(items=['apple', 'pear'], count=2, note='') 2 nobody Inventory(items=[], count=0, note='') True
# expect: True
# expect: [('items', True, True, True), ('owner', True, False, True), ('count', False, True, True), ('note', True, True, False)]
# expect: True nobody
# expect: Inventory(items: list = <factory>, owner: str = 'nobody', note: str = '')
# expect: ValueError: mutable default <class 'list'> for field tags is not allowed: use default_factory
# expect: TypeError: non-default argument 'y' follows default argument
# expect: ValueError: cannot specify both default and default_factory
# expect: cm t t
