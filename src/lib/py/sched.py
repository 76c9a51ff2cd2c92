"""sched: a general-purpose event scheduler (gilsim).

CPython 3.11's: events (time, priority, sequence, action, argument,
kwargs) wait in a heap guarded by an RLock; run() sleeps with delayfunc
until the first is due, runs it, then calls delayfunc(0) to let other
threads run. By default time is time.monotonic and the delay time.sleep,
which on gilsim's virtual backend cost no wall time.
"""

import time
import heapq
from collections import namedtuple
from itertools import count
import threading
from time import monotonic as _time

__all__ = ['scheduler']

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = ('Numeric type compatible with the return value of the\n'
                      'timefunc function passed to the constructor.')
Event.priority.__doc__ = ('Events scheduled for the same time will be executed\n'
                          'in the order of their priority.')
Event.sequence.__doc__ = ('A continually increasing sequence number that\n'
                          '    separates events if time and priority are equal.')
Event.action.__doc__ = ('Executing the event means executing\n'
                        'action(*argument, **kwargs)')
Event.argument.__doc__ = ('argument is a sequence holding the positional\n'
                          'arguments for the action.')
Event.kwargs.__doc__ = ('kwargs is a dictionary holding the keyword\n'
                        'arguments for the action.')

_sentinel = object()


class scheduler:
    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) at an absolute time; returns
        the event, which cancel() takes."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules an event delay time units from now."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events as they fall due. With blocking=False, runs those
        due now and returns the time until the next one (None if none)."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                (time, priority, sequence, action, argument, kwargs) = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    def _get_queue(self):
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))

    queue = property(_get_queue)
