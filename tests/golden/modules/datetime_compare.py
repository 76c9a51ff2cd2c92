# datetime comparisons: naive against aware, date against datetime, time zones, hashing
from datetime import *
u = timezone.utc
a = datetime(2020, 1, 1); b = datetime(2020, 1, 1, tzinfo=u); d = date(2020, 1, 1)
print(a == b, a != b, a == d, d == a, d != a, date(2020,1,2) > d, timedelta(1) >= timedelta(hours=24), timedelta(1) == 5)
print(time(1) == time(1, tzinfo=u), time(1, tzinfo=u) < time(2, tzinfo=timezone(timedelta(hours=1))), sorted([time(3), time(1)]))
for f in [lambda: a < b, lambda: a < d, lambda: d < a, lambda: time(1) < time(1, tzinfo=u)]:
    try: print(f())
    except TypeError as e: print("TypeError", e)
print(datetime.__eq__.__name__, hash(d) == hash(date(2020, 1, 1)), len({a, datetime(2020, 1, 1)}))
# expect: False True False False True True True False
# expect: False False [datetime.time(1, 0), datetime.time(3, 0)]
# expect: TypeError can't compare offset-naive and offset-aware datetimes
# expect: TypeError can't compare datetime.datetime to datetime.date
# expect: TypeError can't compare datetime.datetime to datetime.date
# expect: TypeError can't compare offset-naive and offset-aware times
# expect: __eq__ True 1
