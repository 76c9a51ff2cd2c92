# sched: events by delay and by absolute time, priorities, cancel, queue,
# run(blocking=False), a simulated clock, and events started in threads.
import sched
import threading
import time

start = time.monotonic()
s = sched.scheduler(time.monotonic, time.sleep)
log = []


def event(name):
    log.append((name, time.monotonic() - start >= 0.1))


base = time.monotonic()
s.enterabs(base + 0.2, 1, event, ('second',))
s.enterabs(base + 0.1, 1, event, ('first',))
s.enterabs(base + 0.2, 0, event, kwargs={'name': 'second, high priority'})
doomed = s.enterabs(base + 0.3, 1, event, ('cancelled',))
print([e.argument or e.kwargs for e in s.queue], s.empty())
s.cancel(doomed)
s.run()
print(log)
print(s.empty(), s.run(blocking=False))
s.enterabs(time.monotonic() + 5, 1, event, ('later',))
print(round(s.run(blocking=False), 2))
try:
    s.cancel(doomed)
except ValueError as e:
    print('ValueError:', e)

clock = [0]


def fake_time():
    return clock[0]


def fake_sleep(d):
    if d:
        print('  sleep', d)
    clock[0] += d


sim = sched.scheduler(fake_time, fake_sleep)
sim.enterabs(5, 2, print, ('at 5, priority 2',))
sim.enterabs(3, 1, print, ('at 3',))
sim.enterabs(5, 1, print, ('at 5, priority 1',))
sim.enter(1, 1, lambda: sim.enter(10, 1, print, ('added while running, at 11',)))
sim.run()
print('clock', clock[0])
e = sched.Event(1, 2, 3, print, (), {})
print(sched.Event._fields, e.time, e < sched.Event(1, 3, 0, print, (), {}))

# a scheduler run in its own thread while the main thread waits
s2 = sched.scheduler()
order = []
for i in range(3):
    s2.enter(0.05 * (3 - i), 1, order.append, (i,))
t = threading.Thread(target=s2.run, name='scheduler')
t.start()
t.join()
print(order)

# expect: [('first',), {'name': 'second, high priority'}, ('second',), ('cancelled',)] False
# expect: [('first', True), ('second, high priority', True), ('second', True)]
# expect: True None
# expect: 5.0
# expect: ValueError: list.remove(x): x not in list
# expect:   sleep 1
# expect:   sleep 2
# expect: at 3
# expect:   sleep 2
# expect: at 5, priority 1
# expect: at 5, priority 2
# expect:   sleep 6
# expect: added while running, at 11
# expect: clock 11
# expect: ('time', 'priority', 'sequence', 'action', 'argument', 'kwargs') 1 True
# expect: [2, 1, 0]
