# What cannot cross between processes, and failures in children: pickling
# errors (CPython's messages), an exception in a pool task re-raised by
# get(), a child's uncaught exception (exit code 1, traceback on stderr),
# sys.exit codes, and a target defined under the __main__ guard (spawn
# cannot find it in the child).
# exit: 0
# expect stderr: Process Process-4:
# expect stderr: ZeroDivisionError: division by zero
import multiprocessing as mp
import sys
import threading

def divide(a, b):
    return a / b

def leave(code):
    sys.exit(code)

def maker():
    def local():
        pass
    return local

def show(e):
    s = str(e)
    if ' at 0x' in s:
        i = s.index(' at 0x')
        s = s[:i] + s[s.index('>', i):]
    print(type(e).__name__ + ':', s)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    for bad in (lambda: 0, maker(), threading.Lock()):
        p = mp.Process(target=divide, args=(bad, 1))
        try:
            p.start()
        except Exception as e:
            show(e)
    p = mp.Process(target=divide, args=(1, 0))
    p.start()
    p.join()
    print('exitcode', p.exitcode)
    for code in (None, 3, 'text'):
        p = mp.Process(target=leave, args=(code,))
        p.start()
        p.join()
        print('exit', code, '->', p.exitcode)
    with mp.Pool(2) as pool:
        r = pool.apply_async(divide, (1, 0))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ZeroDivisionError as e:
            print('ZeroDivisionError:', e)
        try:
            pool.map(divide, [1, 2], [0, 0])
        except TypeError as e:
            print('TypeError')
        try:
            pool.starmap(divide, [(1, 1), (2, 0)])
        except ZeroDivisionError as e:
            print('starmap raised', e)
        try:
            pool.apply(divide, (threading.Lock(), 1))
        except TypeError as e:
            show(e)
    try:
        pool.apply(divide, (1, 1))
    except ValueError as e:
        print('ValueError:', e)

# expect: PicklingError: Can't pickle <function <lambda>>: attribute lookup <lambda> on __main__ failed
# expect: AttributeError: Can't pickle local object 'maker.<locals>.local'
# expect: TypeError: cannot pickle '_thread.lock' object
# expect: exitcode 1
# expect: exit None -> 0
# expect: exit 3 -> 3
# expect: exit text -> 1
# expect: True False
# expect: ZeroDivisionError: division by zero
# expect: TypeError
# expect: starmap raised division by zero
# expect: TypeError: cannot pickle '_thread.lock' object
# expect: ValueError: Pool not running
