# functools.total_ordering fills in the rich comparisons missing from a
# class that defines __eq__ and one ordering method; NotImplemented from
# the root method propagates.
import functools


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), Version.__gt__.__name__)
try:
    a < 3
except TypeError as e:
    print('TypeError:', e)


@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(Score(3) < Score(4), Score(3) <= Score(3), Score(5) > Score(4))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)
# expect: True True False False True True
# expect: [v0.9, v1.2, v1.10] v1.10 __gt__
# expect: TypeError: '<' not supported between instances of 'Version' and 'int'
# expect: True True True
# expect: ValueError: must define at least one ordering operation: < > <= >=
