# collections.deque: both ends, rotation, maxlen, indexing, the reprs and
# the errors, as in PyMOTW's tour of deque.
from collections import deque

d = deque('abcdefg')
print('Deque:', d)
print('Length:', len(d))
print('Left end:', d[0])
print('Right end:', d[-1])
d.remove('c')
print('remove(c):', d)
d.append('h')
d.appendleft('0')
d.extend('ij')
d.extendleft([1, 2])
print(d, d.count('a'), d.index('h'))
print(d.pop(), d.popleft(), d)
d.rotate(2)
print('rotate(2):', d)
d.rotate(-3)
print('rotate(-3):', d)
d.insert(2, 'X')
d[0] = 'first'
del d[-1]
print(d, 'X' in d, 'Q' in d)
d.reverse()
print(d, list(reversed(d)))
c = d.copy()
c.clear()
print(c, d == d.copy(), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])

window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(i, window, window.maxlen)
window.appendleft(-1)
print(window)
print(deque(range(5)) + deque([9]), deque([1, 2], 3) * 2, 2 * deque('ab'))
e = deque([1, 2])
e += [3, 4]
e *= 2
print(e)
empty = deque()
for op in (empty.pop, empty.popleft):
    try:
        op()
    except IndexError as err:
        print('IndexError:', err)
for bad in (lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 2),
            lambda: deque([1])[3], lambda: deque([1])[0:1], lambda: deque([1]).index(5),
            lambda: hash(deque()), lambda: deque([1]) + [2]):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as err:
        print(type(err).__name__ + ':', err)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as err:
    print('RuntimeError:', err)


class History(deque):
    pass


h = History('xy', maxlen=4)
h.note = 'subclasses have attributes'
print(h, h.note, type(h.copy()).__name__)

# expect: Deque: deque(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
# expect: Length: 7
# expect: Left end: a
# expect: Right end: g
# expect: remove(c): deque(['a', 'b', 'd', 'e', 'f', 'g'])
# expect: deque([2, 1, '0', 'a', 'b', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) 1 9
# expect: j 2 deque([1, '0', 'a', 'b', 'd', 'e', 'f', 'g', 'h', 'i'])
# expect: rotate(2): deque(['h', 'i', 1, '0', 'a', 'b', 'd', 'e', 'f', 'g'])
# expect: rotate(-3): deque(['0', 'a', 'b', 'd', 'e', 'f', 'g', 'h', 'i', 1])
# expect: deque(['first', 'a', 'X', 'b', 'd', 'e', 'f', 'g', 'h', 'i']) True False
# expect: deque(['i', 'h', 'g', 'f', 'e', 'd', 'b', 'X', 'a', 'first']) ['first', 'a', 'X', 'b', 'd', 'e', 'f', 'g', 'h', 'i']
# expect: deque([]) True True False
# expect: 0 deque([0], maxlen=3) 3
# expect: 1 deque([0, 1], maxlen=3) 3
# expect: 2 deque([0, 1, 2], maxlen=3) 3
# expect: 3 deque([1, 2, 3], maxlen=3) 3
# expect: 4 deque([2, 3, 4], maxlen=3) 3
# expect: 5 deque([3, 4, 5], maxlen=3) 3
# expect: deque([-1, 3, 4], maxlen=3)
# expect: deque([0, 1, 2, 3, 4, 9]) deque([2, 1, 2], maxlen=3) deque(['a', 'b', 'a', 'b'])
# expect: deque([1, 2, 3, 4, 1, 2, 3, 4])
# expect: IndexError: pop from an empty deque
# expect: IndexError: pop from an empty deque
# expect: ValueError: maxlen must be non-negative
# expect: IndexError: deque already at its maximum size
# expect: IndexError: deque index out of range
# expect: TypeError: sequence index must be integer, not 'slice'
# expect: ValueError: 5 is not in deque
# expect: TypeError: unhashable type: 'collections.deque'
# expect: TypeError: can only concatenate deque (not "list") to deque
# expect: RuntimeError: deque mutated during iteration
# expect: History(['x', 'y'], maxlen=4) subclasses have attributes History
