# logging.handlers.QueueHandler and QueueListener: worker threads put
# records on a queue.Queue; one listener thread formats and writes them;
# MemoryHandler buffers until an ERROR or a full buffer.
import io
import logging
import logging.handlers
import queue
import sys
import threading

log_queue = queue.Queue()
out = io.StringIO()
sink = logging.StreamHandler(out)
sink.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
listener = logging.handlers.QueueListener(log_queue, sink)
log = logging.getLogger('app')
log.addHandler(logging.handlers.QueueHandler(log_queue))
log.setLevel(logging.INFO)
log.propagate = False
listener.start()


def worker(n):
    for i in range(3):
        log.info('worker %d step %d', n, i)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.warning('all workers done')
listener.stop()
lines = out.getvalue().splitlines()
print(len(lines), lines[-1])
print(sorted(lines)[:3])

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('flushed: %(levelname)s %(message)s'))
memory = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
buffered = logging.getLogger('buffered')
buffered.addHandler(memory)
buffered.propagate = False
buffered.warning('one')
buffered.warning('two')
print('nothing flushed yet, buffer', len(memory.buffer))
buffered.error('three: an error flushes')
buffered.warning('four')
buffered.warning('five')
buffered.warning('six: the buffer is full')
buffered.warning('seven')
memory.close()

# expect: 10 app WARNING all workers done
# expect: ['app INFO worker 0 step 0', 'app INFO worker 0 step 1', 'app INFO worker 0 step 2']
# expect: nothing flushed yet, buffer 2
# expect: flushed: WARNING one
# expect: flushed: WARNING two
# expect: flushed: ERROR three: an error flushes
# expect: flushed: WARNING four
# expect: flushed: WARNING five
# expect: flushed: WARNING six: the buffer is full
# expect: flushed: WARNING seven
