# logging without configuration: a logger's warning reaches lastResort,
# which writes the bare message to stderr; INFO is dropped; with
# lastResort = None, one "No handlers could be found" notice.
import logging
import sys

log = logging.getLogger('unconfigured')
log.warning('low disk space')
log.info('dropped: the effective level is WARNING')
log.error('error %d', 42)
print(log.hasHandlers(), logging.lastResort, logging.lastResort.level)
logging.lastResort = None
log.error('nowhere to go')
log.error('nowhere, quietly')
logging.lastResort = logging._defaultLastResort
logging.getLogger('bad').warning('bad format %d', 'x')
print('done')
# expect stderr: low disk space
# expect stderr: error 42
# expect stderr: No handlers could be found for logger "unconfigured"
# expect stderr: --- Logging error ---
# expect stderr: TypeError: %d format: a real number is required, not str
# expect stderr: Call stack:
# expect stderr: logging.getLogger('bad').warning('bad format %d', 'x')
# expect stderr: Message: 'bad format %d'
# expect stderr: Arguments: ('x',)

# expect: False <_StderrHandler <stderr> (WARNING)> 30
# expect: done
