# The sandbox: a spawned child re-runs the program gilsim read at start-up,
# not the file the program's __file__ names now (here /etc/passwd, which
# CPython's child would open: its first line would show in a SyntaxError).
# The child's __file__ is the program's own path; so is a grandchild's.
# python3: skip (CPython's spawn child runs the file __file__ names)
# expect: the child re-ran the program: True
# expect: child 1 2
# expect: the child re-ran the program: True
# expect: grandchild 3
# expect: child exit 0
import multiprocessing as mp

if __name__ == '__mp_main__':
    print('the child re-ran the program:', __file__.endswith('/spawn_passwd.py'))


def grandchild(x):
    print('grandchild', x)


def child(a, b):
    print('child', a, b)
    global __file__
    __file__ = '/etc/passwd'
    g = mp.Process(target=grandchild, args=(a + b,))
    g.start()
    g.join()


if __name__ == '__main__':
    __file__ = '/etc/passwd'
    mp.set_start_method('spawn')
    p = mp.Process(target=child, args=(1, 2))
    p.start()
    p.join()
    print('child exit', p.exitcode)
