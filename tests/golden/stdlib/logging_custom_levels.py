# Custom levels with addLevelName, a Logger subclass with a trace() method
# (setLoggerClass), and a record factory adding an attribute to every record.
import logging
import sys

TRACE = 5
logging.addLevelName(TRACE, 'TRACE')


class TraceLogger(logging.Logger):
    def trace(self, msg, *args, **kwargs):
        if self.isEnabledFor(TRACE):
            self._log(TRACE, msg, args, **kwargs)


logging.setLoggerClass(TraceLogger)
log = logging.getLogger('engine')
print(type(log).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)

old_factory = logging.getLogRecordFactory()
counter = [0]


def numbered(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    counter[0] += 1
    record.seq = counter[0]
    return record


logging.setLogRecordFactory(numbered)
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('#%(seq)d %(levelname)-7s %(levelno)2d %(message)s'))
log.addHandler(handler)
log.setLevel(TRACE)
log.trace('spinning up %d cylinders', 4)
log.debug('debug passes TRACE level')
log.log(25, 'level 25 has no name')
logging.addLevelName(25, 'NOTICE')
log.log(25, 'now it does')
log.setLevel('NOTICE')
log.trace('dropped')
log.info('dropped too')
log.warning('still shown')
print(logging.getLevelName(TRACE), logging.getLevelName('TRACE'), logging.getLevelName(26))
logging.setLogRecordFactory(old_factory)
print(logging.getLogRecordFactory() is logging.LogRecord)

# expect: TraceLogger TraceLogger
# expect: #1 TRACE    5 spinning up 4 cylinders
# expect: #2 DEBUG   10 debug passes TRACE level
# expect: #3 Level 25 25 level 25 has no name
# expect: #4 NOTICE  25 now it does
# expect: #5 WARNING 30 still shown
# expect: TRACE 5 Level 26
# expect: True
