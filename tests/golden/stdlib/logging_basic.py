# logging: basicConfig to stdout, the module-level functions, levels and
# level names, Logger.log, isEnabledFor and disable.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)s:%(name)s:%(message)s')
logging.debug('hidden: below INFO')
logging.info('starting %s with %d workers', 'pool', 4)
logging.warning('disk at %.1f%%', 93.25)
logging.error('failed: %r', 'job-7')
logging.critical('shutting down')
logging.log(logging.WARNING, 'via log()')
logging.info('mapping %(user)s has %(n)d items', {'user': 'ann', 'n': 3})
logging.info('a lone percent without args: 100%')

root = logging.getLogger()
print(root is logging.root, root.name, root.level, root.getEffectiveLevel())
print([logging.getLevelName(n) for n in (0, 10, 20, 30, 40, 50, 15)])
print(logging.getLevelName('ERROR'), logging.getLevelName('nope'))
logging.addLevelName(15, 'VERBOSE')
root.setLevel(15)
logging.log(15, 'verbose message')
root.setLevel('WARNING')
print(root.isEnabledFor(logging.INFO), root.isEnabledFor(logging.ERROR))
logging.info('hidden again')
logging.disable(logging.ERROR)
logging.error('hidden by disable')
logging.critical('critical passes disable(ERROR)')
logging.disable(logging.NOTSET)
logging.error('visible after disable(NOTSET)')
mapping = logging.getLevelNamesMapping()
print(sorted(mapping.items(), key=lambda kv: (kv[1], kv[0])))
for bad in ('LOUD', 2.5):
    try:
        root.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    root.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
logging.basicConfig(format='%(message)s')    # no effect: root has a handler
logging.warning('still the first format')
logging.basicConfig(stream=sys.stdout, format='[%(levelname)s] %(message)s', force=True)
logging.warning('forced new format')
try:
    logging.basicConfig(force=True, colour=True)
except ValueError as e:
    print('ValueError', e)

# expect: INFO:root:starting pool with 4 workers
# expect: WARNING:root:disk at 93.2%
# expect: ERROR:root:failed: 'job-7'
# expect: CRITICAL:root:shutting down
# expect: WARNING:root:via log()
# expect: INFO:root:mapping ann has 3 items
# expect: INFO:root:a lone percent without args: 100%
# expect: True root 20 20
# expect: ['NOTSET', 'DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL', 'Level 15']
# expect: 40 Level nope
# expect: VERBOSE:root:verbose message
# expect: False True
# expect: CRITICAL:root:critical passes disable(ERROR)
# expect: ERROR:root:visible after disable(NOTSET)
# expect: [('NOTSET', 0), ('DEBUG', 10), ('VERBOSE', 15), ('INFO', 20), ('WARN', 30), ('WARNING', 30), ('ERROR', 40), ('CRITICAL', 50), ('FATAL', 50)]
# expect: ValueError Unknown level: 'LOUD'
# expect: TypeError Level not an integer or a valid string: 2.5
# expect: TypeError level must be an integer
# expect: WARNING:root:still the first format
# expect: [WARNING] forced new format
# expect: ValueError Unrecognised argument(s): colour
