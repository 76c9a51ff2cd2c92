# repr of a Thread through its life: initial, started (with ident), daemon,
# stopped (test_threading: ThreadTests.test_repr_daemon, test_repr_stopped).
import threading

go = threading.Event()

def work():
    go.wait()

t = threading.Thread(target=work, name='R', daemon=True)
print(repr(t))
t.start()
r = repr(t)
print(r.startswith('<Thread(R, started daemon '), r.endswith(')>'))
go.set()
t.join()
r = repr(t)
print(r.startswith('<Thread(R, stopped daemon '), r.endswith(')>'))

class Mine(threading.Thread):
    pass

print(repr(Mine(name='m')))
print(repr(threading.Timer(1.0, print)).split(',')[1])
print(repr(threading.main_thread()).startswith('<_MainThread(MainThread, started '))

# expect: <Thread(R, initial daemon)>
# expect: True True
# expect: True True
# expect: <Mine(m, initial)>
# expect:  initial)>
# expect: True
