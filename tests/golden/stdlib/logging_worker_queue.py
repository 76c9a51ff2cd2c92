# Worker threads take jobs from a queue.Queue and log with
# '%(threadName)-10s %(levelname)-8s %(message)s' into a collecting handler;
# which worker takes which job varies, so the log is printed sorted by job.
import logging
import queue
import threading


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append((record.job, self.format(record)))


collect = Collect()
collect.setFormatter(logging.Formatter('%(threadName)-10s %(levelname)-8s %(message)s'))
log = logging.getLogger('workers')
log.addHandler(collect)
log.setLevel(logging.DEBUG)
jobs = queue.Queue()


def worker():
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            return
        level = logging.WARNING if job % 4 == 0 else logging.INFO
        log.log(level, 'job %02d -> %d', job, job * job, extra={'job': job})
        jobs.task_done()


threads = [threading.Thread(target=worker, name='worker-%d' % i) for i in range(3)]
for t in threads:
    t.start()
for job in range(10):
    jobs.put(job)
jobs.join()
for t in threads:
    jobs.put(None)
for t in threads:
    t.join()
for job, line in sorted(collect.lines):
    name, rest = line[:10], line[11:]
    print(repr(name[:7] + '?' + name[8:]), rest)
print(len(collect.lines), all(line.startswith('worker-') for _, line in collect.lines))

# expect: 'worker-?  ' WARNING  job 00 -> 0
# expect: 'worker-?  ' INFO     job 01 -> 1
# expect: 'worker-?  ' INFO     job 02 -> 4
# expect: 'worker-?  ' INFO     job 03 -> 9
# expect: 'worker-?  ' WARNING  job 04 -> 16
# expect: 'worker-?  ' INFO     job 05 -> 25
# expect: 'worker-?  ' INFO     job 06 -> 36
# expect: 'worker-?  ' INFO     job 07 -> 49
# expect: 'worker-?  ' WARNING  job 08 -> 64
# expect: 'worker-?  ' INFO     job 09 -> 81
# expect: 10 True
