# traceback: format_exc, format_exception (chains, limits), extract_tb,
# format_exception_only, print_stack, TracebackException.
import sys
import traceback

# tracebacks name the script by its absolute path (CPython's too): print
# them without the directory, so that the expected lines do not depend on it
_DIR = __file__[:__file__.rfind('/') + 1]


class _Out:
    def write(self, s):
        return sys.__stdout__.write(s.replace(_DIR, ''))

    def flush(self):
        pass


sys.stdout = _Out()


def level3(n):
    raise ValueError('bad value %d' % n)


def level2(n):
    level3(n)


def level1():
    try:
        level2(7)
    except ValueError as e:
        raise RuntimeError('wrapped') from e


try:
    level1()
except RuntimeError:
    print(traceback.format_exc())
    print(traceback.format_exc(limit=1, chain=False))
    t, v, tb = sys.exc_info()
    print(traceback.format_exception_only(t, v))
    for fs in traceback.extract_tb(tb):
        print(fs.filename, fs.lineno, fs.name, repr(fs.line))
    print(traceback.extract_tb(tb, limit=-1)[0])
    traceback.print_exc(file=sys.stdout)

try:
    try:
        {}['missing']
    except KeyError:
        raise TypeError('while handling')
except TypeError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[-1], end='')
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format_exception_only()), end='')
    print(type(te.__context__).__name__, te.__context__.exc_type.__name__)

traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(OSError('disk')))
print(traceback.format_exception_only(StopIteration()))


class AppError(Exception):
    pass


print(traceback.format_exception_only(AppError('custom')))


def recurse(n):
    if n == 0:
        raise IndexError('bottom')
    recurse(n - 1)


try:
    recurse(8)
except IndexError:
    traceback.print_exc(file=sys.stdout)


def show_stack():
    traceback.print_stack(file=sys.stdout)
    print(len(traceback.extract_stack()), traceback.extract_stack()[-1].name)


def caller():
    show_stack()


caller()

# expect: Traceback (most recent call last):
# expect:   File "traceback_format.py", line 32, in level1
# expect:     level2(7)
# expect:   File "traceback_format.py", line 27, in level2
# expect:     level3(n)
# expect:   File "traceback_format.py", line 23, in level3
# expect:     raise ValueError('bad value %d' % n)
# expect: ValueError: bad value 7
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "traceback_format.py", line 38, in <module>
# expect:     level1()
# expect:   File "traceback_format.py", line 34, in level1
# expect:     raise RuntimeError('wrapped') from e
# expect: RuntimeError: wrapped
# expect:
# expect: Traceback (most recent call last):
# expect:   File "traceback_format.py", line 38, in <module>
# expect:     level1()
# expect: RuntimeError: wrapped
# expect:
# expect: ['RuntimeError: wrapped\n']
# expect: traceback_format.py 38 <module> 'level1()'
# expect: traceback_format.py 34 level1 "raise RuntimeError('wrapped') from e"
# expect: <FrameSummary file traceback_format.py, line 34 in level1>
# expect: Traceback (most recent call last):
# expect:   File "traceback_format.py", line 32, in level1
# expect:     level2(7)
# expect:   File "traceback_format.py", line 27, in level2
# expect:     level3(n)
# expect:   File "traceback_format.py", line 23, in level3
# expect:     raise ValueError('bad value %d' % n)
# expect: ValueError: bad value 7
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "traceback_format.py", line 38, in <module>
# expect:     level1()
# expect:   File "traceback_format.py", line 34, in level1
# expect:     raise RuntimeError('wrapped') from e
# expect: RuntimeError: wrapped
# expect: 7 TypeError: while handling
# expect: TypeError: while handling
# expect: TracebackException KeyError
# expect: NoneType: None
# expect: ['OSError: disk\n']
# expect: ['StopIteration\n']
# expect: ['AppError: custom\n']
# expect: Traceback (most recent call last):
# expect:   File "traceback_format.py", line 80, in <module>
# expect:     recurse(8)
# expect:   File "traceback_format.py", line 76, in recurse
# expect:     recurse(n - 1)
# expect:   File "traceback_format.py", line 76, in recurse
# expect:     recurse(n - 1)
# expect:   File "traceback_format.py", line 76, in recurse
# expect:     recurse(n - 1)
# expect:   [Previous line repeated 5 more times]
# expect:   File "traceback_format.py", line 75, in recurse
# expect:     raise IndexError('bottom')
# expect: IndexError: bottom
# expect:   File "traceback_format.py", line 94, in <module>
# expect:     caller()
# expect:   File "traceback_format.py", line 91, in caller
# expect:     show_stack()
# expect:   File "traceback_format.py", line 86, in show_stack
# expect:     traceback.print_stack(file=sys.stdout)
# expect: 3 show_stack
