# current_thread, main_thread, get_ident, active_count, enumerate.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(main.ident == threading.get_ident())
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(repr(main).startswith('<_MainThread(MainThread, started '))
print(threading.current_thread().native_id == threading.get_native_id())

seen = {}
hold = threading.Event()
started = threading.Semaphore(0)
def worker():
    me = threading.current_thread()
    seen[me.name] = (me.ident == threading.get_ident(), me is not main,
                     threading.main_thread() is main)
    started.release()
    hold.wait()

ts = [threading.Thread(target=worker, name='w%d' % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    started.acquire()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(len(set(t.ident for t in ts)))
hold.set()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.currentThread() is main, threading.activeCount())
# expect: MainThread True False
# expect: True
# expect: 1 ['MainThread']
# expect: True
# expect: True
# expect: 4
# expect: ['MainThread', 'w0', 'w1', 'w2']
# expect: 3
# expect: [('w0', (True, True, True)), ('w1', (True, True, True)), ('w2', (True, True, True))]
# expect: 1 ['MainThread']
# expect: True 1
