# An exception inside a worker thread, logged with logger.exception()
# (traceback included) before the thread ends; the program carries on.
import logging
import sys
import threading

_DIR = __file__[:__file__.rfind('/') + 1]


class Out:
    def write(self, s):
        sys.stdout.write(s.replace(_DIR, ''))

    def flush(self):
        pass


logging.basicConfig(stream=Out(), format='%(threadName)s %(levelname)s %(message)s')
log = logging.getLogger('jobs')


def check(v):
    if v == 0:
        raise ZeroDivisionError('no zero divisors, please')


def risky(values, results):
    total = 0
    for v in values:
        check(v)
        total += 10 // v
    results.append(total)


def worker(values):
    try:
        results = []
        risky(values, results)
        log.warning('result %d', results[0])
    except ZeroDivisionError:
        log.exception('job %r failed', values)


for values in ([1, 2, 5], [1, 0, 3]):
    t = threading.Thread(target=worker, args=(values,), name='job-%d' % len(values))
    t.start()
    t.join()
log.warning('main thread continues')

# expect: job-3 WARNING result 17
# expect: job-3 ERROR job [1, 0, 3] failed
# expect: Traceback (most recent call last):
# expect:   File "logging_thread_exception.py", line 38, in worker
# expect:     risky(values, results)
# expect:   File "logging_thread_exception.py", line 30, in risky
# expect:     check(v)
# expect:   File "logging_thread_exception.py", line 24, in check
# expect:     raise ZeroDivisionError('no zero divisors, please')
# expect: ZeroDivisionError: no zero divisors, please
# expect: MainThread WARNING main thread continues
