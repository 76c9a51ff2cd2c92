# order=True adds <, <=, >, >= comparing the fields as tuples (same class
# only); frozen=True refuses assignment and deletion with
# FrozenInstanceError (an AttributeError) and makes instances hashable.
from dataclasses import dataclass, FrozenInstanceError


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99), max(vs))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1), Version(2)}))
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(order=True)
    class Clash:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print('ValueError:', e)


@dataclass(unsafe_hash=True)
class Key:
    name: str


print(hash(Key('a')) == hash(('a',)), {Key('a'): 1}[Key('a')])
try:
    @dataclass(frozen=True)
    class Child(Key):
        extra: int = 0
except TypeError as e:
    print('TypeError:', e)
# expect: [Version(major=0, minor=9, patch=0), Version(major=1, minor=0, patch=5), Version(major=1, minor=2, patch=0)]
# expect: True True Version(major=1, minor=2, patch=0)
# expect: True 2
# expect: FrozenInstanceError cannot assign to field 'major' True
# expect: FrozenInstanceError cannot delete field 'minor'
# expect: TypeError: '<' not supported between instances of 'Version' and 'tuple'
# expect: TypeError: Cannot overwrite attribute __lt__ in class Clash. Consider using functools.total_ordering
# expect: ValueError: eq must be true if order is true
# expect: True 1
# expect: TypeError: cannot inherit frozen dataclass from a non-frozen one
