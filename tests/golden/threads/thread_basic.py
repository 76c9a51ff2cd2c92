# threading.Thread: target, args, kwargs, name, daemon; start, join,
# is_alive; ident and native_id are ints once started; the repr before
# and after (idents vary: only the deterministic part is printed).
import threading

results = []

def job(a, b, scale=1):
    results.append((a + b) * scale)

t = threading.Thread(target=job, args=(2, 3), kwargs={'scale': 10})
print(repr(t))
print(t.name, t.daemon, t.is_alive(), t.ident, t.native_id)
t.start()
t.join()
print(results)
print(t.is_alive())
print(type(t.ident).__name__, type(t.native_id).__name__)
print(repr(t).startswith('<Thread(Thread-1 (job), stopped '))
print(t.ident != threading.get_ident())

named = threading.Thread(target=job, args=(1, 1), name='worker', daemon=True)
print(repr(named))
print(named.name, named.daemon, named.isDaemon(), named.getName())
named.start()
named.join()
print(results)
print(repr(named).startswith('<Thread(worker, stopped daemon '))

# join with a timeout on a finished thread returns at once
named.join(0.5)
named.join(timeout=0)
print('joined')

# name can be changed; daemon can be set before start
d = threading.Thread(target=job, args=(0, 0))
d.daemon = True
d.name = 'renamed'
d.setName('renamed2')
print(d.name, d.daemon)
d.start()
d.join()
print(results)
# expect: <Thread(Thread-1 (job), initial)>
# expect: Thread-1 (job) False False None None
# expect: [50]
# expect: False
# expect: int int
# expect: True
# expect: True
# expect: <Thread(worker, initial daemon)>
# expect: worker True True worker
# expect: [50, 2]
# expect: True
# expect: joined
# expect: renamed2 True
# expect: [50, 2, 0]
