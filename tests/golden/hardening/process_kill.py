# terminate() and kill() stop a child where it is: a child blocked in
# Queue.get never gets the item put after it is killed (and prints nothing
# more), a busy loop stops; exit codes
# and reprs as CPython's (-15 / -SIGTERM, -9 / -SIGKILL). A daemonic child
# still running at the end is terminated, and the run ends.
import multiprocessing as mp
import time


def waiter(q):
    q.get()
    print('the child ran on after terminate()')


def spinner():
    while True:
        pass


def sleeper():
    while True:
        time.sleep(0.01)


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=waiter, args=(q,))
    p.start()
    time.sleep(0.05)
    p.terminate()
    q.put('item')
    p.join()
    time.sleep(0.05)
    print('terminate', p.exitcode, p.is_alive(), repr(p).split()[-1])

    busy = mp.Process(target=spinner)
    busy.start()
    time.sleep(0.05)
    busy.kill()
    busy.join()
    print('kill', busy.exitcode, busy.is_alive(), repr(busy).split()[-1])

    d = mp.Process(target=sleeper, daemon=True)
    d.start()
    time.sleep(0.05)
    print('daemon alive', d.is_alive())


# expect: terminate -15 False exitcode=-SIGTERM>
# expect: kill -9 False exitcode=-SIGKILL>
# expect: daemon alive True
