# PyMOTW-style threading demos that log with '(%(threadName)-10s) %(message)s':
# named threads, a daemon, an Event handshake, and a Timer; every step
# waits for the previous one, so the log order is fixed.
import logging
import sys
import threading
import time

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='(%(threadName)-10s) %(message)s')


def worker():
    logging.debug('Starting')
    time.sleep(0.01)
    logging.debug('Exiting')


def my_service():
    logging.debug('Starting')
    logging.debug('Exiting')


t = threading.Thread(name='my_service', target=my_service)
w = threading.Thread(name='worker', target=worker)
t.start()
t.join()
w.start()
w.join()

ready = threading.Event()
go = threading.Event()


def waiter():
    logging.debug('waiting for the event')
    ready.set()
    flag = go.wait()
    logging.debug('event set: %s', flag)


def timed_waiter(timeout):
    logging.debug('waiting up to %.1f s', timeout)
    logging.debug('event set: %s', go.wait(timeout))


w1 = threading.Thread(name='blocking', target=waiter)
w1.start()
ready.wait()
w2 = threading.Thread(name='nonblock', target=timed_waiter, args=(0.05,))
w2.start()
w2.join()
logging.debug('setting the event')
go.set()
w1.join()


def delayed():
    logging.debug('timer fired')


timer = threading.Timer(0.02, delayed)
timer.name = 'the-timer'
timer.start()
timer.join()
cancelled = threading.Timer(5, delayed)
cancelled.start()
cancelled.cancel()
cancelled.join()
logging.debug('done; cancelled timer did not fire')

# expect: (my_service) Starting
# expect: (my_service) Exiting
# expect: (worker    ) Starting
# expect: (worker    ) Exiting
# expect: (blocking  ) waiting for the event
# expect: (nonblock  ) waiting up to 0.1 s
# expect: (nonblock  ) event set: False
# expect: (MainThread) setting the event
# expect: (blocking  ) event set: True
# expect: (the-timer ) timer fired
# expect: (MainThread) done; cancelled timer did not fire
