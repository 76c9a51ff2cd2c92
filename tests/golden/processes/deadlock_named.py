# Two children and the parent all wait on queues nobody will fill: the
# deadlock report names each MainThread together with its process.
import multiprocessing as mp

def child(inbox):
    inbox.get()

if __name__ == '__main__':
    inbox = mp.Queue()
    done = mp.Queue()
    workers = [mp.Process(target=child, args=(inbox,)) for _ in range(2)]
    for w in workers:
        w.start()
    print('waiting')
    done.get()

# python3: skip (CPython hangs forever here; gilsim reports the deadlock)
# expect: waiting
# expect stderr: deadlock: every thread is blocked
# expect stderr: MainThread in MainProcess waits for Queue.get
# expect stderr: MainThread in Process-1 waits for Queue.get
# expect stderr: MainThread in Process-2 waits for Queue.get
# exit: 3
