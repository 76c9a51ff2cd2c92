# A producer/consumer pair logging with %(threadName)s: each item is handed
# over and acknowledged, so the log's order is the same on every run.
import logging
import queue
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(threadName)-10s %(levelname)-7s %(message)s')

items = queue.Queue()
acks = queue.Queue()


def producer(n):
    log = logging.getLogger('producer')
    for i in range(n):
        log.info('put item %d', i)
        items.put(i)
        acks.get()
    items.put(None)
    log.debug('done')


def consumer():
    log = logging.getLogger('consumer')
    total = 0
    while True:
        item = items.get()
        if item is None:
            break
        total += item
        log.info('got item %d (total %d)', item, total)
        acks.put(True)
    log.warning('finished with total %d', total)


c = threading.Thread(target=consumer, name='Consumer')
p = threading.Thread(target=producer, args=(4,), name='Producer')
c.start()
p.start()
p.join()
c.join()
logging.info('main thread: %s', threading.current_thread().name)
t = threading.Thread(target=lambda: logging.info('anonymous thread'))
t.start()
t.join()

# expect: Producer   INFO    put item 0
# expect: Consumer   INFO    got item 0 (total 0)
# expect: Producer   INFO    put item 1
# expect: Consumer   INFO    got item 1 (total 1)
# expect: Producer   INFO    put item 2
# expect: Consumer   INFO    got item 2 (total 3)
# expect: Producer   INFO    put item 3
# expect: Consumer   INFO    got item 3 (total 6)
# expect: Producer   DEBUG   done
# expect: Consumer   WARNING finished with total 6
# expect: MainThread INFO    main thread: MainThread
# expect: Thread-1 (<lambda>) INFO    anonymous thread
