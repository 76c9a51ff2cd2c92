# multiprocessing.get_logger() and log_to_stderr(): the 'multiprocessing'
# logger, not propagating, with CPython's [LEVEL/processName] format.
import logging
import multiprocessing
import sys

log = multiprocessing.get_logger()
print(log.name, log.propagate, log is logging.getLogger('multiprocessing'))
print(multiprocessing.get_logger() is log, log.handlers)
same = multiprocessing.log_to_stderr(logging.INFO)
print(same is log, log.level, len(log.handlers), log.handlers[0].formatter._fmt)
log.info('to stderr from %s', multiprocessing.current_process().name)
log.handlers[0].setStream(sys.stdout)
log.warning('now on stdout')
log.debug('below INFO: dropped')
print(multiprocessing.SUBDEBUG, multiprocessing.SUBWARNING)
# CPython's own "[INFO/MainProcess] process shutting down" at exit is not
# logged by gilsim: the handler goes before the end.
log.removeHandler(log.handlers[0])
# expect stderr: [INFO/MainProcess] to stderr from MainProcess

# expect: multiprocessing 0 True
# expect: True []
# expect: True 20 1 [%(levelname)s/%(processName)s] %(message)s
# expect: [WARNING/MainProcess] now on stdout
# expect: 5 25
