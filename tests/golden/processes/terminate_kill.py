# terminate() stops a running child at once: exitcode -15 and the repr
# says -SIGTERM; kill() gives -9 and -SIGKILL. Joining after that returns
# at once; terminating a finished process changes nothing.
import multiprocessing as mp
import time

def forever(q):
    q.put('started')
    while True:
        time.sleep(0.05)
        pass

def shape(p):
    return repr(p).replace(' pid=%s' % p.pid, '').replace(' parent=%s' % p._parent_pid, '')

if __name__ == '__main__':
    for how in ('terminate', 'kill'):
        q = mp.Queue()        # a queue a terminated process used may be broken: a new one
        p = mp.Process(target=forever, args=(q,), name=how)
        p.start()
        print(q.get())
        getattr(p, how)()
        p.join()
        print(how, p.exitcode, p.is_alive(), shape(p))
    done = mp.Process(target=time.sleep, args=(0,))
    done.start()
    done.join()
    done.terminate()
    print(done.exitcode)

# expect: started
# expect: terminate -15 False <Process name='terminate' stopped exitcode=-SIGTERM>
# expect: started
# expect: kill -9 False <Process name='kill' stopped exitcode=-SIGKILL>
# expect: 0
