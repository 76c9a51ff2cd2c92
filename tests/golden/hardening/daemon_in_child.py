# A child process that leaves a daemon thread behind: the child ends, and so
# does the run (its scheduler was freed under the daemon's feet and hung).
import multiprocessing as mp
import threading
import time


def child():
    threading.Thread(target=time.sleep, args=(100,), daemon=True).start()
    print('child done', flush=True)


if __name__ == '__main__':
    p = mp.Process(target=child)
    p.start()
    p.join()
    print('exitcode', p.exitcode)

# expect: child done
# expect: exitcode 0
