# python3: skip (gilsim's local time is always UTC; CPython's follows TZ)
# gilsim reads no environment, so localtime() is UTC: localtime, mktime
# and ctime agree with gmtime, and the zone constants are UTC's.
import time

print(time.localtime(0), time.localtime(0).tm_zone, time.gmtime(0).tm_zone)
print(time.localtime(1e9) == time.gmtime(1e9), time.mktime(time.localtime(123456789)))
print(time.mktime((2020, 2, 29, 12, 0, 0, 0, 0, -1)), time.ctime(0), time.ctime(1e9 + 86400 * 20))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.strftime('%Z %z', time.localtime(0)), time.strftime('%Z %z', time.gmtime(0)))
print(time.mktime(time.strptime('2001-09-09 01:46:40', '%Y-%m-%d %H:%M:%S')))
try:
    time.mktime((2020, 1, 1, 0, 0, 0.5, 0, 1, 0))
except TypeError as e:
    print('TypeError', e)
# expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) UTC GMT
# expect: True 123456789.0
# expect: 1582977600.0 Thu Jan  1 00:00:00 1970 Sat Sep 29 01:46:40 2001
# expect: 0 0 0 ('UTC', 'UTC')
# expect: UTC +0000 GMT +0000
# expect: 1000000000.0
# expect: TypeError 'float' object cannot be interpreted as an integer
