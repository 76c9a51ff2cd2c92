# A thread pool logging with %(threadName)-10s into a collecting handler;
# which worker runs which task varies, so the lines are printed sorted.
import concurrent.futures
import logging
import threading


class Collect(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


collect = Collect()
collect.setFormatter(logging.Formatter('%(threadName)-10s %(name)s: %(message)s'))
log = logging.getLogger('pool')
log.addHandler(collect)
log.setLevel(logging.INFO)


def square(n):
    log.info('square(%d) = %d', n, n * n)
    return n * n


with concurrent.futures.ThreadPoolExecutor(max_workers=3, thread_name_prefix='w') as ex:
    results = list(ex.map(square, range(6)))
log.info('results %s', results)
for line in sorted(collect.lines, key=lambda s: s[11:]):
    name = line[:10]
    if name.startswith('w_'):
        name = 'w_' + '?' * len(name[2:].rstrip()) + ' ' * (10 - len(name.rstrip()))
    print(repr(name), line[11:])
print(len(collect.lines), isinstance(collect.lock, type(threading.RLock())))

# expect: 'MainThread' pool: results [0, 1, 4, 9, 16, 25]
# expect: 'w_?       ' pool: square(0) = 0
# expect: 'w_?       ' pool: square(1) = 1
# expect: 'w_?       ' pool: square(2) = 4
# expect: 'w_?       ' pool: square(3) = 9
# expect: 'w_?       ' pool: square(4) = 16
# expect: 'w_?       ' pool: square(5) = 25
# expect: 7 True
