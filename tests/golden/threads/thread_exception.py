# An uncaught exception in a thread prints `Exception in thread NAME:` and
# a traceback on stderr; the thread ends, the program goes on (exit 0).
import threading

def boom(x):
    raise ValueError('bad value %d' % x)

t = threading.Thread(target=boom, args=(7,))
t.start()
t.join()
print('main goes on', t.is_alive())

class Crasher(threading.Thread):
    def run(self):
        {}['missing']

c = Crasher(name='crasher')
c.start()
c.join()
print('done')
# expect: main goes on False
# expect: done
# expect stderr: Exception in thread Thread-1 (boom):
# expect stderr: Traceback (most recent call last):
# expect stderr: in boom
# expect stderr: raise ValueError('bad value %d' % x)
# expect stderr: ValueError: bad value 7
# expect stderr: Exception in thread crasher:
# expect stderr: Traceback (most recent call last):
# expect stderr: in run
# expect stderr: KeyError: 'missing'
