# Timer: runs its function after the interval with args/kwargs, unless
# cancel() comes first; cancelling after it ran is harmless (test_threading:
# TimerTests.test_init_immutable_default_args, test_cancel).
import threading
import time

out = []
t = threading.Timer(0.02, out.append, args=['fired'])
t.start()
t.join()
print(out)
c = threading.Timer(10, out.append, args=['never'])
c.start()
c.cancel()
c.join()
print(out, c.finished.is_set(), c.is_alive())
t.cancel()
k = threading.Timer(0.01, lambda a, b=0: out.append(a + b), [1], {'b': 2})
k.start()
k.join()
print(out)
print(isinstance(k, threading.Thread), k.interval)
t1 = threading.Timer(1, print)
t2 = threading.Timer(1, print)
print(t1.args == [] and t1.kwargs == {}, t1.args is not t2.args)

# expect: ['fired']
# expect: ['fired'] True False
# expect: ['fired', 3]
# expect: True 0.01
# expect: True True
