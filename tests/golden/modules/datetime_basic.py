# datetime: calendar arithmetic, formats, time zones, parsing and CPython's errors
from datetime import datetime, date, time, timedelta, timezone
import datetime as dtmod
d = date(2024, 2, 29)
print(d, repr(d), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=366), date(2024, 3, 1) - d)
print(date.fromordinal(738000), date.fromisoformat("2021-12-31"), date(2020, 1, 1).isocalendar())
print(date.fromisocalendar(2020, 53, 7), date(2021, 1, 3).isocalendar().week)
t = time(13, 5, 7, 250)
print(t, repr(t), t.isoformat("milliseconds"), t.strftime("%H.%M.%S %f"), time(1, 2), repr(time(1, 2)))
dt = datetime(2023, 7, 14, 9, 30, 5, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %j %%"), f"{dt:%d/%m/%Y}", format(dt, ""))
print(dt + timedelta(hours=20), dt - datetime(2023, 1, 1), (dt - datetime(2023, 1, 1)).total_seconds())
print(datetime(2023, 1, 1) < dt, dt == datetime(2023, 7, 14, 9, 30, 5, 123456), hash(dt) == hash(dt.replace()))
td = timedelta(days=-1, seconds=5, microseconds=-1)
print(td, repr(td), td.days, td.seconds, td.microseconds, str(timedelta(days=2, hours=3)), repr(timedelta()))
print(timedelta(hours=1.5), timedelta(minutes=90) // timedelta(minutes=7), timedelta(minutes=90) / 4,
      timedelta(seconds=10) * 2.5, divmod(timedelta(hours=5), timedelta(hours=2)), abs(-timedelta(1)))
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta(milliseconds=1500)))
u = datetime(2022, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
print(u, repr(u), u.utcoffset(), u.tzname(), u.timestamp(), u.strftime("%z %Z"))
tz5 = timezone(timedelta(hours=5, minutes=30))
print(tz5, repr(tz5), u.astimezone(tz5), repr(timezone(timedelta(hours=-3), "BRT")))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5), datetime.fromtimestamp(1e9, tz5))
print(datetime.fromisoformat("2011-11-04T00:05:23+04:00"), datetime.fromisoformat("2011-11-04 00:05:23.283"),
      datetime.fromisoformat("2011-11-04"))
print(datetime.combine(date(2020, 1, 2), time(3, 4)), datetime.strptime("2020-03-04 05:06", "%Y-%m-%d %H:%M"))
print(datetime(2020, 1, 1).timetuple(), datetime.min, datetime.max, date.max, dtmod.MAXYEAR)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]), {date(2020, 1, 1): 1}[date(2020, 1, 1)])
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: time(24), lambda: datetime(0, 1, 1),
            lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc),
            lambda: date.fromisoformat("2020-1-1"), lambda: timedelta(days=10**10), lambda: date(2020.0, 1, 1),
            lambda: date(9999, 12, 31) + timedelta(1), lambda: timedelta(days="1"), lambda: datetime(2020, 1, 1) < date(2020, 1, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == datetime(2020, 1, 1))
print(isinstance(datetime.now(), date), type(datetime.now() - datetime.now()).__name__)
# expect: 2024-02-29 datetime.date(2024, 2, 29) 3 4 datetime.IsoCalendarDate(year=2024, week=9, weekday=4) 738945 Thu Feb 29 00:00:00 2024
# expect: 2024-03-01 2023-02-28 1 day, 0:00:00
# expect: 2021-07-29 2021-12-31 datetime.IsoCalendarDate(year=2020, week=1, weekday=3)
# expect: 2021-01-03 53
# expect: 13:05:07.000250 datetime.time(13, 5, 7, 250) 13:05:07.000 13.05.07 000250 01:02:00 datetime.time(1, 2)
# expect: 2023-07-14 09:30:05.123456 datetime.datetime(2023, 7, 14, 9, 30, 5, 123456) 2023-07-14T09:30:05.123456 2023-07-14 09:30:05 2023-07-14 09:30:05.123456
# expect: 2023-07-14 09:30:05.123456 Fri Jul 195 % 14/07/2023 2023-07-14 09:30:05.123456
# expect: 2023-07-15 05:30:05.123456 194 days, 9:30:05.123456 16795805.123456
# expect: True True True
# expect: -1 day, 0:00:04.999999 datetime.timedelta(days=-1, seconds=4, microseconds=999999) -1 4 999999 2 days, 3:00:00 datetime.timedelta(0)
# expect: 1:30:00 12 0:22:30 0:00:25 (2, datetime.timedelta(seconds=3600)) 1 day, 0:00:00
# expect: 999999999 days, 23:59:59.999999 -999999999 days, 0:00:00 0:00:00.000001 datetime.timedelta(seconds=1, microseconds=500000)
# expect: 2022-05-06 07:08:09+00:00 datetime.datetime(2022, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc) 0:00:00 UTC 1651820889.0 +0000 UTC
# expect: UTC+05:30 datetime.timezone(datetime.timedelta(seconds=19800)) 2022-05-06 12:38:09+05:30 datetime.timezone(datetime.timedelta(days=-1, seconds=75600), 'BRT')
# expect: 1970-01-01 00:00:00+00:00 1970-01-02 00:00:00.500000 2001-09-09 07:16:40+05:30
# expect: 2011-11-04 00:05:23+04:00 2011-11-04 00:05:23.283000 2011-11-04 00:00:00
# expect: 2020-01-02 03:04:00 2020-03-04 05:06:00
# expect: time.struct_time(tm_year=2020, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=2, tm_yday=1, tm_isdst=-1) 0001-01-01 00:00:00 9999-12-31 23:59:59.999999 9999-12-31 9999
# expect: [datetime.date(2019, 1, 1), datetime.date(2020, 1, 1), datetime.date(2020, 5, 1)] 1
# expect: ValueError day is out of range for month
# expect: ValueError month must be in 1..12
# expect: ValueError hour must be in 0..23
# expect: ValueError year 0 is out of range
# expect: TypeError can't compare offset-naive and offset-aware datetimes
# expect: TypeError can't subtract offset-naive and offset-aware datetimes
# expect: ValueError Invalid isoformat string: '2020-1-1'
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: OverflowError date value out of range
# expect: TypeError unsupported type for timedelta days component: str
# expect: TypeError can't compare datetime.datetime to datetime.date
# expect: False False
# expect: True timedelta
