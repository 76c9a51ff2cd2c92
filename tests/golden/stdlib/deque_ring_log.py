# A bounded deque as a ring of the last N events, appended to by several
# threads; it never grows past maxlen, and graph search with deque and
# defaultdict.
import threading
from collections import deque, defaultdict

recent = deque(maxlen=5)


def emit(tag):
    for i in range(100):
        recent.append((tag, i))


threads = [threading.Thread(target=emit, args=(t,)) for t in 'abc']
for t in threads:
    t.start()
for t in threads:
    t.join()
# the ring holds the newest appends: a suffix (ending at 99) of some threads' runs
print(len(recent), recent.maxlen, all(i >= 95 for _, i in recent))
graph = defaultdict(list)
for a, b in [('a', 'b'), ('a', 'c'), ('b', 'd'), ('c', 'd'), ('d', 'e'), ('e', 'f'), ('x', 'y')]:
    graph[a].append(b)
    graph[b].append(a)


def bfs(start):
    seen = {start: 0}
    todo = deque([start])
    order = []
    while todo:
        node = todo.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                todo.append(nxt)
    return order, seen


order, dist = bfs('a')
print(order, dist['f'], 'x' in dist, sorted(graph))

# expect: 5 5 True
# expect: ['a', 'b', 'c', 'd', 'e', 'f'] 4 False ['a', 'b', 'c', 'd', 'e', 'f', 'x', 'y']
