# Subclassing Thread: override run(); default names are Thread-N without a
# target, Thread-N (target) with one; the counter is shared.
import threading

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))

class Named(threading.Thread):
    def __init__(self):
        threading.Thread.__init__(self, name='named-worker')

    def run(self):
        print('running in', threading.current_thread().name)

workers = [Worker(n) for n in (10, 100, 1000)]
print([w.name for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])

n = Named()
n.start()
n.join()

def task():
    pass

t = threading.Thread(target=task)
print(t.name)
l = threading.Thread(target=lambda: None)
print(l.name)
print(threading.Thread().name)
print(repr(workers[0]).startswith('<Worker(Thread-1, stopped '))

# A run() that calls the base run() runs the target.
class Wrapped(threading.Thread):
    def run(self):
        print('before')
        threading.Thread.run(self)
        print('after')

w = Wrapped(target=print, args=('target ran',))
w.start()
w.join()
print(w.name)
# expect: ['Thread-1', 'Thread-2', 'Thread-3']
# expect: [45, 4950, 499500]
# expect: running in named-worker
# expect: Thread-4 (task)
# expect: Thread-5 (<lambda>)
# expect: Thread-6
# expect: True
# expect: before
# expect: target ran
# expect: after
# expect: Thread-7 (print)
