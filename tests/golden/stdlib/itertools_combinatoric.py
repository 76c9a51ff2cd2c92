# itertools' combinatoric iterators, in CPython's order, and a few recipes
# built from them.
import itertools as it

print(list(it.product('ab', [1, 2])))
print(list(it.product('ab', repeat=2)), list(it.product()), list(it.product('ab', [])))
print(list(it.permutations('abc', 2)))
print(list(it.permutations(range(3))), len(list(it.permutations(range(5), 3))))
print(list(it.combinations('abcd', 2)), list(it.combinations('abc', 4)), list(it.combinations('abc', 0)))
print(list(it.combinations_with_replacement('abc', 2)))
print(list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('ab', 0)))
for bad in (lambda: it.combinations('a', -1), lambda: it.permutations('a', -2), lambda: it.product('a', repeat=-1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    pending = [iter(x) for x in iterables]
    out = []
    while pending:
        nxt = []
        for i in pending:
            try:
                out.append(next(i))
                nxt.append(i)
            except StopIteration:
                pass
        pending = nxt
    return out


print(list(powerset([1, 2, 3])))
print(list(grouper('ABCDEFG', 3, 'x')))
print(roundrobin('ABC', 'D', 'EF'))
print(sum(1 for _ in it.product(range(10), repeat=3)), next(it.islice(it.permutations('abcd'), 10, None)))

# expect: [('a', 1), ('a', 2), ('b', 1), ('b', 2)]
# expect: [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] [()] []
# expect: [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]
# expect: [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)] 60
# expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [] [()]
# expect: [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
# expect: [] [()]
# expect: ValueError: r must be non-negative
# expect: ValueError: r must be non-negative
# expect: ValueError: repeat argument cannot be negative
# expect: [(), (1,), (2,), (3,), (1, 2), (1, 3), (2, 3), (1, 2, 3)]
# expect: [('A', 'B', 'C'), ('D', 'E', 'F'), ('G', 'x', 'x')]
# expect: ['A', 'D', 'E', 'B', 'F', 'C']
# expect: 1000 ('b', 'd', 'a', 'c')
