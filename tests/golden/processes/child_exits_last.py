# The last thread that can run is a child process's, and it ends while the
# parent waits for a message nobody will send: gilsim reports the deadlock
# when the child ends (it once handed the run to nobody and hung).
# python3: skip (CPython hangs forever)
# exit: 3
# expect: waiting
# expect stderr: deadlock: every thread is blocked and nothing can wake them
# expect stderr: MainThread waits for Queue.get
import multiprocessing as mp

def work(n):
    s = 0
    for i in range(n):
        s += i

if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=work, args=(10000,))
    p.start()
    print('waiting')
    q.get()
