# A Handler subclass with its own lock use, flush and close; at exit the
# atexit hook runs logging.shutdown, which flushes and closes every
# handler, newest first, after the atexit functions registered later.
import atexit
import logging


class ListHandler(logging.Handler):
    def __init__(self, tag, level=logging.NOTSET):
        super().__init__(level)
        self.tag = tag
        self.records = []

    def emit(self, record):
        self.records.append(record)

    def flush(self):
        print(self.tag, 'flush with', len(self.records), 'records')

    def close(self):
        print(self.tag, 'close')
        super().close()


first = ListHandler('first')
second = ListHandler('second', logging.ERROR)
first.set_name('first-handler')
log = logging.getLogger('custom')
log.addHandler(first)
log.addHandler(second)
log.setLevel(logging.DEBUG)
log.debug('one')
log.error('two')
print([r.getMessage() for r in first.records], [r.levelname for r in second.records])
print(first.name, first, second)
with first.lock:
    log.info('the handler lock is re-entrant')
print(len(first.records), first.records[-1].funcName, first.records[-1].lineno)
first.acquire()
first.release()


def goodbye(who):
    print('goodbye from', who)


atexit.register(goodbye, 'atexit')
print('end of main')

# expect: ['one', 'two'] ['ERROR']
# expect: first-handler <ListHandler (NOTSET)> <ListHandler (ERROR)>
# expect: 3 <module> 37
# expect: end of main
# expect: goodbye from atexit
# expect: second flush with 1 records
# expect: second close
# expect: first flush with 3 records
# expect: first close
