# Two handlers on one logger: the console (stdout) takes INFO and up in a
# short format, an in-memory handler takes everything in a long one.
import io
import logging
import sys

log = logging.getLogger('app')
log.setLevel(logging.DEBUG)
console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.INFO)
console.setFormatter(logging.Formatter('%(levelname)s: %(message)s'))
memory = io.StringIO()
detail = logging.StreamHandler(memory)
detail.setFormatter(logging.Formatter('[%(name)s:%(funcName)s:%(lineno)d] %(levelname)-8s %(message)s'))
log.addHandler(console)
log.addHandler(detail)


def connect(host):
    log.debug('resolving %s', host)
    log.info('connected to %s', host)
    log.warning('slow handshake with %s', host)


connect('db.local')
log.getChild('cache').error('cache miss storm')
print('--- detail log ---')
print(memory.getvalue(), end='')
print(log.handlers, console.level, detail.level)
log.removeHandler(console)
log.info('only in memory now')
print(memory.getvalue().splitlines()[-1])

# expect: INFO: connected to db.local
# expect: WARNING: slow handshake with db.local
# expect: ERROR: cache miss storm
# expect: --- detail log ---
# expect: [app:connect:20] DEBUG    resolving db.local
# expect: [app:connect:21] INFO     connected to db.local
# expect: [app:connect:22] WARNING  slow handshake with db.local
# expect: [app.cache:<module>:26] ERROR    cache miss storm
# expect: [<StreamHandler <stdout> (INFO)>, <StreamHandler (NOTSET)>] 20 0
# expect: [app:<module>:31] INFO     only in memory now
