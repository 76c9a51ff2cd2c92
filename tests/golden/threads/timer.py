# threading.Timer: calls a function after a delay unless cancelled; and the
# nondaemon threads are joined at exit (the last Timer fires after main ends).
import threading
import time

fired = []
t = threading.Timer(0.05, fired.append, args=['first'])
t.start()
t.join()
print(fired, t.name)

c = threading.Timer(10, fired.append, args=['never'])
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set())

t0 = time.monotonic()
k = threading.Timer(0.1, lambda: fired.append('kw'))
k.start()
k.join()
print(fired, time.monotonic() - t0 >= 0.1)

def late(msg, end=''):
    print(msg + end)
threading.Timer(0.02, late, ['after main'], {'end': '!'}).start()
print('main ends')
# expect: ['first'] Thread-1
# expect: ['first'] True
# expect: ['first', 'kw'] True
# expect: main ends
# expect: after main!
