# operator: the operators as functions, the in-place ones, itemgetter,
# attrgetter and methodcaller as sort keys, and their reprs and errors.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.inv(0))
print(op.lshift(1, 4), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.gt(3, 4), op.ge(4, 4))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None), op.contains('team', 'ea'))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.concat([1], [2]), op.index(7))
d = {'a': 1}
op.setitem(d, 'b', 2)
op.delitem(d, 'a')
print(d, op.getitem(d, 'b'), op.getitem('hello', slice(1, 3)), op.length_hint(iter([1, 2, 3])))
lst = [1]
print(op.iadd(lst, [2]), lst, op.iconcat(lst, [3]), op.imul([0], 3), op.ipow(2, 3), op.ixor(6, 3))
print(op.call(max, 3, 9, 4), op.__add__ is op.add, op.add.__name__)

rows = [{'name': 'ann', 'age': 41}, {'name': 'bob', 'age': 29}, {'name': 'cy', 'age': 35}]
print(sorted(rows, key=op.itemgetter('age')))
print(list(map(op.itemgetter('name', 'age'), rows)), op.itemgetter(-1)('xyz'), op.itemgetter(slice(2))('xyz'))
class P:
    def __init__(self, name, score):
        self.name, self.score = name, score

    def __repr__(self):
        return 'P(%r, %r)' % (self.name, self.score)


players = [P('x', 3), P('y', 1), P('z', 2)]
print(sorted(players, key=op.attrgetter('score')), op.attrgetter('name', 'score')(players[0]))


class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child


print(op.attrgetter('child.child.value')(Node(1, Node(2, Node(3)))))
upper = op.methodcaller('upper')
split2 = op.methodcaller('split', ',', maxsplit=1)
print(upper('abc'), split2('a,b,c'), list(map(op.methodcaller('strip', 'x'), ['xax', 'bxx'])))
print(op.itemgetter(1, 'a'), op.attrgetter('a.b', 'c'), op.methodcaller('m', 1, k=2))
for bad in (lambda: op.add(1), lambda: op.itemgetter(), lambda: op.attrgetter(5),
            lambda: op.methodcaller(), lambda: op.concat(1, 2), lambda: op.indexOf([1], 2),
            lambda: op.itemgetter(5)([1]), lambda: op.attrgetter('nope')(1)):
    try:
        bad()
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ':', e)

# expect: 5 -1 abab 3.5 3 1
# expect: 1024 -5 -5 3 -6 -1
# expect: 16 16 8 14 6
# expect: True True True False False True
# expect: True True True True True
# expect: 3 2 [1, 2] 7
# expect: {'b': 2} 2 el 3
# expect: [1, 2, 3] [1, 2, 3] [1, 2, 3] [0, 0, 0] 8 5
# expect: 9 True add
# expect: [{'name': 'bob', 'age': 29}, {'name': 'cy', 'age': 35}, {'name': 'ann', 'age': 41}]
# expect: [('ann', 41), ('bob', 29), ('cy', 35)] z xy
# expect: [P('y', 1), P('z', 2), P('x', 3)] ('x', 3)
# expect: 3
# expect: ABC ['a', 'b,c'] ['a', 'b']
# expect: operator.itemgetter(1, 'a') operator.attrgetter('a.b', 'c') operator.methodcaller('m', 1, k=2)
# expect: TypeError: add expected 2 arguments, got 1
# expect: TypeError: itemgetter expected 1 argument, got 0
# expect: TypeError: attribute name must be a string
# expect: TypeError: methodcaller needs at least one argument, the method name
# expect: TypeError: 'int' object can't be concatenated
# expect: ValueError: sequence.index(x): x not in sequence
# expect: IndexError: list index out of range
# expect: AttributeError: 'int' object has no attribute 'nope'
