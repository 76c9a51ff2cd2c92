# time: sleep, monotonic/perf_counter (never go back; sleep moves them),
# time() near them, gmtime/localtime/strftime, and sleep's errors.
import time

a = time.monotonic()
p = time.perf_counter()
time.sleep(0.05)
b = time.monotonic()
q = time.perf_counter()
print(b - a >= 0.05, q - p >= 0.05, b - a < 1)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
t = time.time()
print(t > 1600000000, abs(t - time.time()) < 1)
time.sleep(0)
time.sleep(1e-6)

g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday)
print(tuple(time.gmtime(86400 * 365 + 3661)))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1700000000)))
print(time.strftime('%a %b %d %j', time.gmtime(1234567890)))
print(time.gmtime(1234567890))
print(len(time.localtime()), time.localtime().tm_year >= 2024)
print(type(time.strftime('%H:%M')).__name__, len(time.strftime('%H:%M')))
print(time.gmtime(0)[0], time.gmtime(0) == time.gmtime(0.5))
print(time.asctime(time.gmtime(0)))
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    time.sleep('1')
except TypeError as e:
    print('TypeError:', e)
# expect: True True True
# expect: int int
# expect: True True
# expect: 1970 1 1 0 3 1
# expect: (1971, 1, 1, 1, 1, 1, 4, 1, 0)
# expect: 2023-11-14 22:13:20
# expect: Fri Feb 13 044
# expect: time.struct_time(tm_year=2009, tm_mon=2, tm_mday=13, tm_hour=23, tm_min=31, tm_sec=30, tm_wday=4, tm_yday=44, tm_isdst=0)
# expect: 9 True
# expect: str 5
# expect: 1970 True
# expect: Thu Jan  1 00:00:00 1970
# expect: ValueError: sleep length must be non-negative
# expect: TypeError: 'str' object cannot be interpreted as an integer
