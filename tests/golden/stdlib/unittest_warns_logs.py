# assertWarns (call and context manager: the warning, its file and line),
# assertWarnsRegex with literal text, assertLogs with cm.output's
# "LEVEL:name:message" lines and the level filter, assertNoLogs, and
# their failure messages.
import logging
import unittest
import warnings

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning)
    return 5
print(t.assertWarns(DeprecationWarning, old_api))
with t.assertWarns(UserWarning) as cm:
    warnings.warn('careful')
    warnings.warn('careful')
print(cm.warning, type(cm.warning).__name__, cm.lineno, cm.filename == __file__)
with t.assertWarnsRegex(RuntimeWarning, 'disk'):
    warnings.warn('disk almost full', RuntimeWarning)
for body in (lambda: None, lambda: warnings.warn('other', UserWarning)):
    try:
        with t.assertWarns(DeprecationWarning):
            body()
    except AssertionError as e:
        print('AssertionError:', e)
try:
    t.assertWarns(DeprecationWarning, len, [])
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertWarnsRegex(UserWarning, 'needle'):
        warnings.warn('haystack')
except AssertionError as e:
    print('AssertionError:', e)

log = logging.getLogger('app.db')
with t.assertLogs('app', level='INFO') as cm:
    log.debug('not captured')
    log.info('connected')
    logging.getLogger('app').warning('slow query %d ms', 250)
print(cm.output)
print([r.levelname for r in cm.records], [r.getMessage() for r in cm.records])
with t.assertLogs() as cm:
    logging.getLogger().error('on the root logger')
print(cm.output)
try:
    with t.assertLogs('quiet', level=logging.WARNING):
        logging.getLogger('quiet').info('too low')
except AssertionError as e:
    print('AssertionError:', e)
with t.assertNoLogs('quiet'):
    pass
try:
    with t.assertNoLogs('quiet'):
        logging.getLogger('quiet').info('oops')
except AssertionError as e:
    print('AssertionError:', e)
print(log.handlers, logging.getLogger('app').propagate)

# expect: None
# expect: careful UserWarning 19 True
# expect: AssertionError: DeprecationWarning not triggered
# expect: AssertionError: DeprecationWarning not triggered
# expect: AssertionError: DeprecationWarning not triggered by len
# expect: AssertionError: "needle" does not match "haystack"
# expect: ['INFO:app.db:connected', 'WARNING:app:slow query 250 ms']
# expect: ['INFO', 'WARNING'] ['connected', 'slow query 250 ms']
# expect: ['ERROR:root:on the root logger']
# expect: AssertionError: no logs of level WARNING or higher triggered on quiet
# expect: AssertionError: Unexpected logs found: ['INFO:quiet:oops']
# expect: [] True
