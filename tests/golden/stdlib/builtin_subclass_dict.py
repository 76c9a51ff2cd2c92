# Subclasses of dict carry instance attributes; dict, list and set have
# __new__; unhashable types say __hash__ = None, as do classes defining
# __eq__ alone.
class Registry(dict):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner


r = Registry('ops')
r['x'] = 1
r.note = 'attributes live beside the items'
print(r, r.owner, r.note, vars(r), len(r))


class Sub(Registry):
    pass


s = Sub('dev')
s.extra = True
print(s.owner, s.extra, isinstance(s, dict))
print(type(dict.__new__(Registry)).__name__, list.__new__(list), set.__new__(set), dict.__new__(dict))
try:
    dict.__new__(int)
except TypeError as e:
    print('TypeError:', e)
print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__ is None, object.__hash__ is None)


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


print(Point.__hash__, 'unhashable' if Point.__hash__ is None else 'hashable')
try:
    hash(Point(1))
except TypeError as e:
    print('TypeError:', e)

# expect: {'x': 1} ops attributes live beside the items {'owner': 'ops', 'note': 'attributes live beside the items'} 1
# expect: dev True True
# expect: Registry [] set() {}
# expect: TypeError: dict.__new__(int): int is not a subtype of dict
# expect: None None None False False
# expect: None unhashable
# expect: TypeError: unhashable type: 'Point'
