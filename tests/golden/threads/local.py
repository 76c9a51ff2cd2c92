# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.x = 'main'
out = {}
def worker(i):
    try:
        data.x
    except AttributeError:
        out[i] = ['unset']
    data.x = i
    out[i].append(data.x)

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()))
print(data.x)
del data.x
print(hasattr(data, 'x'))

class Counter(threading.local):
    pass
c = Counter()
c.n = 1
def bump():
    c.n = 100
t = threading.Thread(target=bump)
t.start()
t.join()
print(c.n)
# expect: [(0, ['unset', 0]), (1, ['unset', 1]), (2, ['unset', 2])]
# expect: main
# expect: False
# expect: 1
