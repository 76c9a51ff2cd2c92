# Thread subclasses: run() overridden, arguments kept by the subclass's own
# __init__, the result read after join(); a subclass that does not override
# run() still runs its target with args and kwargs (test_threading:
# ThreadTests.test_various_ops, test_no_refcycle_through_target).
import threading

class Summer(threading.Thread):
    def __init__(self, numbers):
        threading.Thread.__init__(self, name='summer-%d' % len(numbers))
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)

workers = [Summer(list(range(n))) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.total) for w in workers])

class Plain(threading.Thread):
    pass

out = []
p = Plain(target=lambda a, b=0: out.append(a * b), args=(6,), kwargs={'b': 7})
p.start()
p.join()
print(out, hasattr(p, '_target'))

# expect: [('summer-10', 45), ('summer-100', 4950), ('summer-1000', 499500)]
# expect: [42] False
