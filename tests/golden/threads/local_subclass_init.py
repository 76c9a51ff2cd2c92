# A subclass of threading.local runs its __init__ again, with the
# constructor's arguments, the first time each thread touches the object;
# class attributes and methods are shared (test_threading_local:
# BaseLocalTest.test_local_subclass / _pymodule semantics).
import threading

class Counter(threading.local):
    step = 10

    def __init__(self, start):
        print('init', start, 'in', threading.current_thread().name)
        self.value = start

    def bump(self):
        self.value += self.step
        return self.value

c = Counter(1)
print(c.bump())

def worker():
    print(threading.current_thread().name, c.bump(), c.bump())

for name in ('A', 'B'):
    t = threading.Thread(target=worker, name=name)
    t.start()
    t.join()
print('main still', c.value)

plain = threading.local()
plain.x = 1
def look():
    print('other thread sees x:', hasattr(plain, 'x'))
    plain.x = 2
t = threading.Thread(target=look)
t.start()
t.join()
print('main x:', plain.x)
try:
    threading.local(5)
except TypeError as e:
    print('TypeError:', e)
print(type(plain).__name__)

# expect: init 1 in MainThread
# expect: 11
# expect: init 1 in A
# expect: A 11 21
# expect: init 1 in B
# expect: B 11 21
# expect: main still 11
# expect: other thread sees x: False
# expect: main x: 1
# expect: TypeError: Initialization arguments are not supported
# expect: _local
