# defaultdict and Counter: grouping, counting words, most_common, the
# arithmetic, and the reprs.
from collections import defaultdict, Counter

text = ('it was the best of times it was the worst of times it was the age of '
        'wisdom it was the age of foolishness')
by_letter = defaultdict(list)
for word in text.split():
    by_letter[word[0]].append(word)
print(sorted(by_letter.items())[:3])
print(defaultdict(list, {'a': [1]}), defaultdict(None, {}), defaultdict(int).default_factory)
counts = defaultdict(int)
for word in text.split():
    counts[word] += 1
print(max(counts, key=counts.get), counts['missing'], 'missing' in counts)
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
dd = defaultdict(lambda: 'n/a')
dd['known'] = 'yes'
print(dd['known'], dd['other'], dict(dd), (dd | {'z': 1}).default_factory is dd.default_factory)

c = Counter(text.split())
print(c.most_common(4))
print(c['times'], c['nothing'], len(c), c.total())
letters = Counter('abracadabra')
print(letters, sorted(letters.elements()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1), Counter())
inventory = Counter(apples=5, pears=2)
inventory.update(apples=1, plums=4)
inventory.subtract(['pears', 'pears', 'pears'])
print(inventory, inventory.most_common(1))
inventory['pears'] = 0
del inventory['nothing-here']
print(sorted(inventory.items()), Counter('aab') == Counter('aba'), Counter('ab') <= Counter('aabb'))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)

# expect: [('a', ['age', 'age']), ('b', ['best']), ('f', ['foolishness'])]
# expect: defaultdict(<class 'list'>, {'a': [1]}) defaultdict(None, {}) <class 'int'>
# expect: it 0 True
# expect: KeyError 'x'
# expect: TypeError first argument must be callable or None
# expect: yes n/a {'known': 'yes', 'other': 'n/a'} True
# expect: [('it', 4), ('was', 4), ('the', 4), ('of', 4)]
# expect: 2 0 10 24
# expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r']
# expect: Counter({'a': 4, 'b': 3}) Counter({'a': 2})
# expect: Counter({'a': 3, 'b': 2}) Counter({'a': 1, 'b': 1})
# expect: Counter({'a': 2}) Counter({'b': 1}) Counter()
# expect: Counter({'apples': 6, 'plums': 4, 'pears': -1}) [('apples', 6)]
# expect: [('apples', 6), ('pears', 0), ('plums', 4)] True True
# expect: NotImplementedError Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
