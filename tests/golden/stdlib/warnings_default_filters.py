# warnings.warn under CPython's default filters: UserWarning and
# RuntimeWarning show once per location ("default" action), a
# DeprecationWarning shows when __main__ triggers it, PendingDeprecationWarning
# is ignored; the stderr format is "FILE:LINE: Category: message" and the
# source line. Captured on a StringIO and printed without the file name.
import io
import sys
import warnings

def show(text):
    for line in text.splitlines():
        if line.startswith('  '):
            print(line)
        else:
            where, rest = line.split(': ', 1)
            print('line', where.split(':')[-1] + ':', rest)

buf = io.StringIO()
sys.stderr = buf
for i in range(3):
    warnings.warn('in a loop')
warnings.warn('same text, other line')
warnings.warn('same text, other line')
warnings.warn('runtime', RuntimeWarning)
warnings.warn('deprecated here', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn(UserWarning('an instance'))
def helper():
    warnings.warn('blame the caller', stacklevel=2)
helper()
sys.stderr = sys.__stderr__
show(buf.getvalue())
print([f[0] for f in warnings.filters])
print(warnings.filters[0][2].__name__, warnings.filters[0][3])
try:
    warnings.warn('x', category=int)
except TypeError as e:
    print('TypeError:', e)

# expect: line 21: UserWarning: in a loop
# expect:   warnings.warn('in a loop')
# expect: line 22: UserWarning: same text, other line
# expect:   warnings.warn('same text, other line')
# expect: line 23: UserWarning: same text, other line
# expect:   warnings.warn('same text, other line')
# expect: line 24: RuntimeWarning: runtime
# expect:   warnings.warn('runtime', RuntimeWarning)
# expect: line 25: DeprecationWarning: deprecated here
# expect:   warnings.warn('deprecated here', DeprecationWarning)
# expect: line 27: UserWarning: an instance
# expect:   warnings.warn(UserWarning('an instance'))
# expect: line 30: UserWarning: blame the caller
# expect:   helper()
# expect: ['default', 'ignore', 'ignore', 'ignore', 'ignore']
# expect: DeprecationWarning __main__
# expect: TypeError: category must be a Warning subclass, not 'type'
