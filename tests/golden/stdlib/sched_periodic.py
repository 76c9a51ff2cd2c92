# A periodic job re-schedules itself with sched (at absolute times, so
# that late runs do not drift); a second job is cancelled halfway. On
# time.monotonic and time.sleep.
import sched
import time

s = sched.scheduler(time.monotonic, time.sleep)
start = time.monotonic()
ticks = []


def tick(n):
    ticks.append(n)
    if n < 5:
        s.enterabs(start + 0.005 + 0.02 * n, 1, tick, (n + 1,))


def stop_other():
    s.cancel(other)
    ticks.append('cancelled other')


other = s.enterabs(start + 0.2, 1, ticks.append, ('never',))
s.enterabs(start + 0.005, 0, tick, (1,))
s.enterabs(start + 0.055, 2, stop_other)
s.run()
print(ticks)
print(time.monotonic() - start >= 0.085, s.empty())

# expect: [1, 2, 3, 'cancelled other', 4, 5]
# expect: True True
