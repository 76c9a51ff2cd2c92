# A signal sent from another thread is handled by the main thread, between
# bytecodes: raise_signal and _thread.interrupt_main in a worker make the
# main thread run the handler (or raise KeyboardInterrupt by default) while
# it waits or computes (test_threading: InterruptMainTests.
# test_interrupt_main_subthread, test_interrupt_main_noerror; test_signal:
# the handler runs in the main thread).
import _thread
import signal
import threading
import time

ran_in = []
def handler(signum, frame):
    ran_in.append(threading.current_thread().name)

signal.signal(signal.SIGINT, handler)
def sender():
    signal.raise_signal(signal.SIGINT)
t = threading.Thread(target=sender, name='sender')
t.start()
t.join()
time.sleep(0.01)
print('handler ran in', ran_in)

signal.signal(signal.SIGINT, signal.default_int_handler)
def interrupter():
    time.sleep(0.01)
    _thread.interrupt_main()
t = threading.Thread(target=interrupter)
t.start()
try:
    while True:
        time.sleep(0.001)
except KeyboardInterrupt:
    print('main thread interrupted')
t.join()

signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
time.sleep(0.001)
print('ignored signal: interrupt_main does nothing')
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main(1000)
except ValueError as e:
    print('ValueError:', e)

# expect: handler ran in ['MainThread']
# expect: main thread interrupted
# expect: ignored signal: interrupt_main does nothing
# expect: ValueError: signal number out of range
