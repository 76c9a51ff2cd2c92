# Fixed timestamps through gmtime, strftime, asctime and strptime, and a
# logging Formatter using time.gmtime.
import logging
import time

stamps = [0, 86399, 951782400, 1700000000.75, 2000000000]
for ts in stamps:
    t = time.gmtime(ts)
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %j', t), time.asctime(t), tuple(t)[6:])
t = time.strptime('2024-02-29 23:59:59', '%Y-%m-%d %H:%M:%S')
print(t.tm_yday, t.tm_wday, time.strftime('%A %d %B %Y', t))
dur = time.gmtime(3725)
print('%d h %02d min %02d s' % (dur.tm_hour, dur.tm_min, dur.tm_sec))
fmt = logging.Formatter('%(asctime)s %(levelname)s %(message)s', datefmt='%d %b %Y %H:%M:%S')
fmt.converter = time.gmtime
rec = logging.LogRecord('t', logging.INFO, 'x.py', 1, 'fixed time', (), None)
rec.created = 1700000000.25
rec.msecs = 250.0
print(fmt.format(rec))
fmt2 = logging.Formatter('%(asctime)s|%(message)s')
fmt2.converter = time.gmtime
print(fmt2.format(rec))

# expect: 1970-01-01 00:00:00 Thu 001 Thu Jan  1 00:00:00 1970 (3, 1, 0)
# expect: 1970-01-01 23:59:59 Thu 001 Thu Jan  1 23:59:59 1970 (3, 1, 0)
# expect: 2000-02-29 00:00:00 Tue 060 Tue Feb 29 00:00:00 2000 (1, 60, 0)
# expect: 2023-11-14 22:13:20 Tue 318 Tue Nov 14 22:13:20 2023 (1, 318, 0)
# expect: 2033-05-18 03:33:20 Wed 138 Wed May 18 03:33:20 2033 (2, 138, 0)
# expect: 60 3 Thursday 29 February 2024
# expect: 1 h 02 min 05 s
# expect: 14 Nov 2023 22:13:20 INFO fixed time
# expect: 2023-11-14 22:13:20,250|fixed time
