# atexit: functions run last-registered first, after the main program and
# its non-daemon threads; arguments are passed; unregister removes.
import atexit
import threading
import time


def goodbye(name, punctuation='!'):
    print('goodbye, ' + name + punctuation)


def never():
    print('never printed')


atexit.register(goodbye, 'first registered')
atexit.register(goodbye, 'second registered', punctuation='.')
atexit.register(never)
atexit.unregister(never)
print(atexit.register(goodbye, 'returned function') is goodbye)


def worker():
    time.sleep(0.01)
    print('worker finishes before the exit functions')


threading.Thread(target=worker).start()
print('end of the main program')

# expect: True
# expect: end of the main program
# expect: worker finishes before the exit functions
# expect: goodbye, returned function!
# expect: goodbye, second registered.
# expect: goodbye, first registered!
