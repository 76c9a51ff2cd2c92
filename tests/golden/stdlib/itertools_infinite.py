# itertools' infinite and terminating iterators, PyMOTW style: count,
# cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
# filterfalse, islice, starmap, pairwise, zip_longest, groupby, tee.
import itertools as it
import operator

print(list(zip(it.count(1), 'abc')), list(zip(it.count(5, -2), range(3))), list(zip(it.count(0.5, 0.25), 'xy')))
print(repr(it.count()), repr(it.count(10, 3)), repr(it.count(1.5)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)), repr(it.repeat(None, 2)))
print(list(map(pow, range(4), it.repeat(2))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)),
      list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda v: v < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(lambda v: v % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.islice(range(100), 5)), list(it.islice(range(100), 5, 10)), list(it.islice(range(100), 0, 100, 25)))
print(list(it.starmap(lambda a, b: a * b, [(2, 3), (4, 5)])), list(it.pairwise('abcd')))
print(list(it.zip_longest('ab', 'wxyz', fillvalue='-')))
for key, group in it.groupby('aaabbcddd'):
    print(key, list(group))
people = [('ann', 'eng'), ('bob', 'eng'), ('cy', 'ops'), ('di', 'eng')]
for dept, members in it.groupby(sorted(people, key=operator.itemgetter(1)), key=operator.itemgetter(1)):
    print(dept, [name for name, _ in members])
first, second = it.tee(iter([1, 2, 3, 4]))
print(next(first), next(first), list(second), list(first))
a, b, c = it.tee('xyz', 3)
print(list(a), list(c), list(b))
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
for bad in (lambda: it.islice([], -1), lambda: it.islice([], 0, 1, 0), lambda: it.count('a'),
            lambda: it.tee([], -1), lambda: next(it.chain(5))):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

# expect: [(1, 'a'), (2, 'b'), (3, 'c')] [(5, 0), (3, 1), (1, 2)] [(0.5, 'x'), (0.75, 'y')]
# expect: count(0) count(10, 3) count(1.5)
# expect: ['a', 'b', 'a', 'b', 'a'] ['x', 'x', 'x'] repeat(None, 2)
# expect: [0, 1, 4, 9]
# expect: [1, 3, 6, 10] [3, 3, 4, 4, 5] [10, 10, 20, 60]
# expect: ['a', 'b', 1, 2] ['x', 'y', 'z']
# expect: ['a', 'c', 'e', 'f']
# expect: [3, 4, 1] [1, 2]
# expect: [0, 2, 4, 6, 8] [0, '']
# expect: [0, 1, 2, 3, 4] [5, 6, 7, 8, 9] [0, 25, 50, 75]
# expect: [6, 20] [('a', 'b'), ('b', 'c'), ('c', 'd')]
# expect: [('a', 'w'), ('b', 'x'), ('-', 'y'), ('-', 'z')]
# expect: a ['a', 'a', 'a']
# expect: b ['b', 'b']
# expect: c ['c']
# expect: d ['d', 'd', 'd']
# expect: eng ['ann', 'bob', 'di']
# expect: ops ['cy']
# expect: 1 2 [1, 2, 3, 4] [3, 4]
# expect: ['x', 'y', 'z'] ['x', 'y', 'z'] ['x', 'y', 'z']
# expect: 1 [] 2 [2]
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Step for islice() must be a positive integer or None.
# expect: TypeError: a number is required
# expect: ValueError: n must be >= 0
# expect: TypeError: 'int' object is not iterable
