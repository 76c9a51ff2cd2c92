# time: gmtime, struct_time, asctime and strftime (local time, which
# follows TZ in CPython, is in time_local_utc.py).
import time

t = time.gmtime(1000000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3], list(t)[6:])
print(isinstance(t, tuple), type(t).__name__, type(t).__module__)
print(t == (2001, 9, 9, 1, 46, 40, 6, 252, 0), t < time.gmtime(1000000001))
print(time.gmtime(-1.5))
print(time.asctime(t), '|', time.asctime(time.gmtime(0)))
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('%a %A %b %B %j %U %W %w %y %p %I %%', t))
print(time.strftime('%c | %x | %X', t))
print(time.strftime('%Y/%m/%d', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
s = time.struct_time((2026, 12, 4, 18, 38, 52, 4, 338, 0))
print(s, s.tm_zone)
print(time.struct_time((2026, 12, 4, 18, 38, 52, 4, 338, 0, 'UTC', 0)).tm_zone)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.process_time_ns()).__name__)
print(time.gmtime().tm_year >= 2024)

for bad in [lambda: time.asctime((1, 2, 3)), lambda: time.asctime('x'),
            lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2020, 1, 1, 24, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -2, 1, 0)),
            lambda: time.gmtime('x'), lambda: time.gmtime(float('nan')),
            lambda: time.gmtime(1e300), lambda: time.gmtime(2 ** 70),
            lambda: time.struct_time((1, 2)), lambda: time.struct_time(range(12)),
            lambda: time.strftime(5)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# expect: time.struct_time(tm_year=2001, tm_mon=9, tm_mday=9, tm_hour=1, tm_min=46, tm_sec=40, tm_wday=6, tm_yday=252, tm_isdst=0)
# expect: 2001 9 9 1 46 40 6 252 0
# expect: GMT 0 9 2001 0 (2001, 9, 9) [6, 252, 0]
# expect: True struct_time time
# expect: True True
# expect: time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=58, tm_wday=2, tm_yday=365, tm_isdst=0)
# expect: Sun Sep  9 01:46:40 2001 | Thu Jan  1 00:00:00 1970
# expect: 2001-09-09 01:46:40
# expect: Sun Sunday Sep September 252 36 36 0 01 AM 01 %
# expect: Sun Sep  9 01:46:40 2001 | 09/09/01 | 01:46:40
# expect: 2024/01/01
# expect: time.struct_time(tm_year=2026, tm_mon=12, tm_mday=4, tm_hour=18, tm_min=38, tm_sec=52, tm_wday=4, tm_yday=338, tm_isdst=0) None
# expect: UTC
# expect: 11 9 0
# expect: int int int int
# expect: True
# expect: TypeError asctime(): illegal time tuple argument
# expect: TypeError Tuple or struct_time argument required
# expect: ValueError month out of range
# expect: ValueError hour out of range
# expect: ValueError day of week out of range
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError Invalid value NaN (not a number)
# expect: OverflowError timestamp out of range for platform time_t
# expect: OverflowError timestamp out of range for platform time_t
# expect: TypeError time.struct_time() takes an at least 9-sequence (2-sequence given)
# expect: TypeError time.struct_time() takes an at most 11-sequence (12-sequence given)
# expect: TypeError strftime() argument 1 must be str, not int
