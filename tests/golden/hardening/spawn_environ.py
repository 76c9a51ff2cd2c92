# The sandbox: with __file__ naming /proc/self/environ, a spawned child
# still re-runs the program gilsim read (CPython's would compile the
# environment and print it in a SyntaxError). A Pool's workers too.
# python3: skip (CPython's spawn child runs the file __file__ names)
# expect: [1, 4, 9, 16]
# expect: exit 0
import multiprocessing as mp
import sys

if __name__ == '__mp_main__' and not __file__.endswith('/spawn_environ.py'):
    print('the child ran another file:', __file__)
    sys.exit(3)


def square(x):
    return x * x


def hello():
    pass


if __name__ == '__main__':
    __file__ = '/proc/self/environ'
    ctx = mp.get_context('spawn')
    with ctx.Pool(2) as pool:
        print(pool.map(square, [1, 2, 3, 4]))
    p = ctx.Process(target=hello)
    p.start()
    p.join()
    print('exit', p.exitcode)
