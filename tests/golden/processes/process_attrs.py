# Process attributes through a child's life: name, daemon, pid and exitcode
# (None before start and while running), is_alive(), the repr in each
# state; exit codes from a normal return, sys.exit(n), sys.exit('text')
# and an uncaught exception.
import multiprocessing as mp
import sys
import time

def quick():
    pass

def exits(code):
    sys.exit(code)

def raises():
    raise RuntimeError('child failed')

def naps():
    time.sleep(0.2)

def shape(p):
    r = repr(p)
    return r.replace(' pid=%s' % p.pid, ' pid=N').replace(' parent=%s' % p._parent_pid, ' parent=P')

if __name__ == '__main__':
    p = mp.Process(target=naps, name='napper')
    print(p.name, p.daemon, p.pid, p.exitcode, p.is_alive(), shape(p))
    p.start()
    print(p.is_alive(), p.exitcode, isinstance(p.pid, int), shape(p))
    p.join()
    print(p.is_alive(), p.exitcode, shape(p))
    for target, args in [(quick, ()), (exits, (3,)), (exits, (None,)), (exits, ('bye',)), (raises, ())]:
        c = mp.Process(target=target, args=args)
        c.start()
        c.join()
        print(target.__name__, args, c.exitcode)
    d = mp.Process(target=quick, daemon=True)
    print(d.daemon, shape(d))
    d.start()
    d.join()
    print(shape(d))
    try:
        d.start()
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        d.daemon = False
    except AssertionError as e:
        print('AssertionError:', e)
    d.close()
    try:
        d.is_alive()
    except ValueError as e:
        print('ValueError:', e)

# expect: napper False None None False <Process name='napper' parent=P initial>
# expect: True None True <Process name='napper' pid=N parent=P started>
# expect: False 0 <Process name='napper' pid=N parent=P stopped exitcode=0>
# expect: quick () 0
# expect: exits (3,) 3
# expect: exits (None,) 0
# expect: exits ('bye',) 1
# expect: raises () 1
# expect: True <Process name='Process-7' parent=P initial daemon>
# expect: <Process name='Process-7' pid=N parent=P stopped exitcode=0 daemon>
# expect: AssertionError: cannot start a process twice
# expect: AssertionError: process has already started
# expect: ValueError: process object is closed
# expect stderr: bye
# expect stderr: Process Process-6:
# expect stderr: RuntimeError: child failed
