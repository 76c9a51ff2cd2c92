# Generators work wherever an iterable does: builtins, constructors,
# unpacking, `in`, str.join, sorted, dict() of pairs, star-arguments.
def gen(n):
    for i in range(n):
        yield i

print(sum(gen(5)), min(gen(5)), max(gen(5)), len(list(gen(5))))
print(sorted(gen(4), reverse=True), tuple(gen(3)), set(gen(3)))
print(list(enumerate(gen(3), 1)), list(zip(gen(3), gen(10), "xyz")))
print(list(map(str, gen(3))), list(filter(None, gen(4))))
print(dict((i, i * i) for i in gen(3)), "-".join(str(i) for i in gen(4)))
a, b, *rest = gen(5)
print(a, b, rest)
print(3 in gen(5), 7 in gen(5))
print(*gen(3), sep=", ")
print(any(x > 2 for x in gen(5)), all(x < 2 for x in gen(5)))

def noisy():
    for i in range(10):
        print("  produced", i)
        yield i
print(any(x == 1 for x in noisy()))
it = noisy()
print(3 in it, next(it))
print(list(reversed(list(gen(3)))), [x for x in gen(3)])
print({x: x for x in gen(2)}, {x % 2 for x in gen(5)})
lst = [0]
lst.extend(gen(3))
lst += gen(2)
print(lst)
print(list(iter(gen(2))), list(gen(0)))
# expect: 10 0 4 5
# expect: [3, 2, 1, 0] (0, 1, 2) {0, 1, 2}
# expect: [(1, 0), (2, 1), (3, 2)] [(0, 0, 'x'), (1, 1, 'y'), (2, 2, 'z')]
# expect: ['0', '1', '2'] [1, 2, 3]
# expect: {0: 0, 1: 1, 2: 4} 0-1-2-3
# expect: 0 1 [2, 3, 4]
# expect: True False
# expect: 0, 1, 2
# expect: True False
# expect:   produced 0
# expect:   produced 1
# expect: True
# expect:   produced 0
# expect:   produced 1
# expect:   produced 2
# expect:   produced 3
# expect:   produced 4
# expect: True 4
# expect: [2, 1, 0] [0, 1, 2]
# expect: {0: 0, 1: 1} {0, 1}
# expect: [0, 0, 1, 2, 0, 1]
# expect: [0, 1] []
