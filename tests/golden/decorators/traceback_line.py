# An exception raised while a decorator is applied is reported on the
# decorator's line, as CPython 3.11 does; the decorators below it have
# already been applied, the ones above it not.
import traceback

applied = []


def record(name):
    def deco(f):
        applied.append(name)
        return f
    return deco


def refuse(f):
    raise ValueError('refusing ' + f.__name__)


try:
    @record('outer')
    @refuse
    @record('inner')
    def work():
        pass
except ValueError as e:
    print('ValueError:', e)
    print(applied)
    frame = traceback.extract_tb(e.__traceback__)[0]
    print(frame.lineno, frame.line)


@refuse
class Widget:
    pass
# expect: ValueError: refusing work
# expect: ['inner']
# expect: 22 @refuse
# expect stderr: Traceback (most recent call last):
# expect stderr: line 33, in <module>
# expect stderr:     @refuse
# expect stderr: line 17, in refuse
# expect stderr:     raise ValueError('refusing ' + f.__name__)
# expect stderr: ValueError: refusing Widget
# exit: 1
