# The main thread joins a thread that waits for an Event nobody sets.
# python3: skip (CPython hangs forever)
# exit: 3
import threading

never = threading.Event()

def waiter():
    print('waiting for the event')
    never.wait()

t = threading.Thread(target=waiter, name='waiter')
t.start()
t.join()
# expect: waiting for the event
# expect stderr: gilsim: deadlock: every thread is blocked and nothing can wake them
# expect stderr:   MainThread waits for waiter to finish (join)
# expect stderr:   waiter waits for Event created at join_event_forever.py:6
