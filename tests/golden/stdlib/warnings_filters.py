# filterwarnings/simplefilter actions: "error" raises the warning, "ignore"
# drops it, "always" shows every time, "once" once for the program, the
# message filter matches the start of the text case-insensitively, the
# category filter matches subclasses; catch_warnings(record=True) collects
# WarningMessage objects and restores the filters on exit.
import io
import sys
import warnings

class MyWarning(UserWarning):
    pass

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    for i in range(2):
        warnings.warn('again')
    warnings.warn('mine', MyWarning)
print(len(log), [str(w.message) for w in log], log[2].category.__name__, log[0].lineno < log[2].lineno)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an exception', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised:', repr(e))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='noisy')
    warnings.warn('Noisy message, ignored')
    warnings.warn('quiet message, shown')
    warnings.filterwarnings('ignore', category=UserWarning)
    warnings.warn('mine too', MyWarning)
    warnings.warn('a runtime one', RuntimeWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
    warnings.warn('once only')
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.warn('default action after reset')
    warnings.warn('default action after reset')
print(len(log), len(warnings.filters))
print('filters restored:', len(warnings.filters))

try:
    warnings.simplefilter('sometimes')
except AssertionError as e:
    print('AssertionError:', e)

# expect: 3 ['again', 'again', 'mine'] MyWarning True
# expect: raised: RuntimeWarning('now an exception')
# expect: ['quiet message, shown', 'a runtime one']
# expect: 1
# expect: 2 5
# expect: filters restored: 5
# expect: AssertionError: invalid action: 'sometimes'
