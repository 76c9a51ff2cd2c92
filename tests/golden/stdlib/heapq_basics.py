# heapq: building heaps (the list layout is CPython's), popping in order,
# heapreplace/heappushpop, nlargest/nsmallest with ties, merge, and a
# priority queue of (priority, counter, task) entries.
import heapq
import itertools

data = [19, 9, 4, 10, 11, 8, 2, 16, 7, 3, 14, 1, 12, 5]
heap = []
for n in data:
    heapq.heappush(heap, n)
print(heap)
h2 = list(data)
heapq.heapify(h2)
print(h2)
print([heapq.heappop(heap) for _ in range(5)], heap)
print(heapq.heapreplace(heap, 0), heapq.heappushpop(heap, 100), heapq.heappushpop(heap, -1), heap)
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
scores = [('ann', 90), ('bob', 85), ('cy', 90), ('di', 70), ('ed', 85)]
print(heapq.nlargest(3, scores, key=lambda s: s[1]), heapq.nsmallest(2, scores, key=lambda s: s[1]))
print(heapq.nlargest(1, data), heapq.nsmallest(10, iter(data)), heapq.nlargest(0, data))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge('ad', 'bc', 'e')))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(['aa', 'b'], ['ccc'], key=len)))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify('x')):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)

pq = []
counter = itertools.count()


def add_task(task, priority):
    heapq.heappush(pq, (priority, next(counter), task))


for task, pri in [('write', 2), ('read', 1), ('sleep', 3), ('eat', 1), ('code', 2)]:
    add_task(task, pri)
while pq:
    priority, _, task = heapq.heappop(pq)
    print(priority, task)

# expect: [1, 3, 2, 10, 7, 4, 5, 19, 16, 11, 14, 9, 12, 8]
# expect: [1, 3, 2, 7, 9, 4, 5, 16, 10, 11, 14, 8, 12, 19]
# expect: [1, 2, 3, 4, 5] [7, 10, 8, 12, 11, 14, 9, 19, 16]
# expect: 7 0 -1 [8, 10, 9, 12, 11, 14, 100, 19, 16]
# expect: [19, 16, 14] [1, 2, 3]
# expect: [('ann', 90), ('cy', 90), ('bob', 85)] [('di', 70), ('bob', 85)]
# expect: [19] [1, 2, 3, 4, 5, 7, 8, 9, 10, 11] []
# expect: [1, 2, 3, 4, 5, 9, 10] ['a', 'b', 'c', 'd', 'e']
# expect: [5, 4, 3, 2, 1] ['aa', 'b', 'ccc']
# expect: IndexError: index out of range
# expect: TypeError: heappush() argument 1 must be list, not tuple
# expect: TypeError: heapify() argument must be list, not str
# expect: 1 read
# expect: 1 eat
# expect: 2 write
# expect: 2 code
# expect: 3 sleep
