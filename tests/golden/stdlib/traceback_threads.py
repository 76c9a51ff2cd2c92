# An exception caught in a worker thread is kept and formatted later in
# the main thread with traceback.format_exception / extract_tb.
import threading
import traceback

_DIR = __file__[:__file__.rfind('/') + 1]
failures = []


def parse(record):
    if '=' not in record:
        raise ValueError('no "=" in %r' % record)
    key, value = record.split('=')
    if not value.isdigit():
        raise ValueError('not a number: %r' % value)


def worker(records):
    try:
        for r in records:
            parse(r)
    except ValueError as e:
        failures.append(e)


for batch in (['a=1', 'b=2'], ['c=3', 'broken'], ['d=x']):
    t = threading.Thread(target=worker, args=(batch,))
    t.start()
    t.join()
for e in failures:
    print(''.join(traceback.format_exception(e)).replace(_DIR, ''), end='')
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
    print(traceback.format_exception_only(e))

# expect: Traceback (most recent call last):
# expect:   File "traceback_threads.py", line 21, in worker
# expect:     parse(r)
# expect:   File "traceback_threads.py", line 12, in parse
# expect:     raise ValueError('no "=" in %r' % record)
# expect: ValueError: no "=" in 'broken'
# expect: [('worker', 21), ('parse', 12)]
# expect: ['ValueError: no "=" in \'broken\'\n']
# expect: Traceback (most recent call last):
# expect:   File "traceback_threads.py", line 21, in worker
# expect:     parse(r)
# expect:   File "traceback_threads.py", line 15, in parse
# expect:     raise ValueError('not a number: %r' % value)
# expect: ValueError: not a number: 'x'
# expect: [('worker', 21), ('parse', 15)]
# expect: ["ValueError: not a number: 'x'\n"]
