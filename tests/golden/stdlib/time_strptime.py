# time.strptime in the C locale: directives, defaults, ambiguous input read
# as CPython's regular expression reads it, and the error messages.
import time

cases = [
    ('2026-12-04 18:38:52', '%Y-%m-%d %H:%M:%S'),
    ('04/12/26', '%d/%m/%y'),
    ('Fri Dec  4 18:38:52 2026', '%a %b %d %H:%M:%S %Y'),
    ('Fri Dec  4 18:38:52 2026', '%c'),
    ('12/04/26 01:02:03', '%x %X'),
    ('12:30 PM', '%I:%M %p'),
    ('12:30 am', '%I:%M %p'),
    ('365', '%j'),
    ('2020-1-5', '%Y-%m-%d'),
    ('December 4 2026', '%B %d %Y'),
    ('thursday', '%A'),
    ('UTC 2020', '%Z %Y'),
    ('+0130 2020', '%z %Y'),
    ('-05:30:15', '%z'),
    ('Z', '%z'),
    ('2020 10%', '%Y %d%%'),
    ('69', '%y'),
    ('68', '%y'),
    ('1 2', '%w %U'),
    ('1 10 2020', '%w %W %Y'),
    ('2020-W10-3', '%G-W%V-%u'),
    ('123', '%m%d'),
    ('1231', '%m%d'),
    ('23.5', '%H.%f'),
    ('29 Feb', '%d %b'),
    ('2020   01', '%Y %m'),
    ('2020\t01', '%Y %m'),
]
for data, fmt in cases:
    t = time.strptime(data, fmt)
    print('%-28r %-24r %s %s %s' % (data, fmt, tuple(t), t.tm_zone, t.tm_gmtoff))

print(time.strptime('Fri Dec  4 18:38:52 2026'))

for data, fmt in [('x', '%Y'), ('2020x', '%Y'), ('  2020', '%Y'), ('2024-02-30', '%Y-%m-%d'),
                  ('2020', '%Q'), ('2020', '%'), ('2020-W10', '%G-W%V'), ('13', '%m'),
                  (5, '%Y'), ('2020', 5)]:
    try:
        print(time.strptime(data, fmt))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# expect: '2026-12-04 18:38:52'        '%Y-%m-%d %H:%M:%S'      (2026, 12, 4, 18, 38, 52, 4, 338, -1) None None
# expect: '04/12/26'                   '%d/%m/%y'               (2026, 12, 4, 0, 0, 0, 4, 338, -1) None None
# expect: 'Fri Dec  4 18:38:52 2026'   '%a %b %d %H:%M:%S %Y'   (2026, 12, 4, 18, 38, 52, 4, 338, -1) None None
# expect: 'Fri Dec  4 18:38:52 2026'   '%c'                     (2026, 12, 4, 18, 38, 52, 4, 338, -1) None None
# expect: '12/04/26 01:02:03'          '%x %X'                  (2026, 12, 4, 1, 2, 3, 4, 338, -1) None None
# expect: '12:30 PM'                   '%I:%M %p'               (1900, 1, 1, 12, 30, 0, 0, 1, -1) None None
# expect: '12:30 am'                   '%I:%M %p'               (1900, 1, 1, 0, 30, 0, 0, 1, -1) None None
# expect: '365'                        '%j'                     (1900, 12, 31, 0, 0, 0, 0, 365, -1) None None
# expect: '2020-1-5'                   '%Y-%m-%d'               (2020, 1, 5, 0, 0, 0, 6, 5, -1) None None
# expect: 'December 4 2026'            '%B %d %Y'               (2026, 12, 4, 0, 0, 0, 4, 338, -1) None None
# expect: 'thursday'                   '%A'                     (1900, 1, 1, 0, 0, 0, 3, 1, -1) None None
# expect: 'UTC 2020'                   '%Z %Y'                  (2020, 1, 1, 0, 0, 0, 2, 1, 0) UTC None
# expect: '+0130 2020'                 '%z %Y'                  (2020, 1, 1, 0, 0, 0, 2, 1, -1) None 5400
# expect: '-05:30:15'                  '%z'                     (1900, 1, 1, 0, 0, 0, 0, 1, -1) None -19815
# expect: 'Z'                          '%z'                     (1900, 1, 1, 0, 0, 0, 0, 1, -1) None 0
# expect: '2020 10%'                   '%Y %d%%'                (2020, 1, 10, 0, 0, 0, 4, 10, -1) None None
# expect: '69'                         '%y'                     (1969, 1, 1, 0, 0, 0, 2, 1, -1) None None
# expect: '68'                         '%y'                     (2068, 1, 1, 0, 0, 0, 6, 1, -1) None None
# expect: '1 2'                        '%w %U'                  (1900, 1, 15, 0, 0, 0, 0, 15, -1) None None
# expect: '1 10 2020'                  '%w %W %Y'               (2020, 3, 9, 0, 0, 0, 0, 69, -1) None None
# expect: '2020-W10-3'                 '%G-W%V-%u'              (2020, 3, 4, 0, 0, 0, 2, 64, -1) None None
# expect: '123'                        '%m%d'                   (1900, 12, 3, 0, 0, 0, 0, 337, -1) None None
# expect: '1231'                       '%m%d'                   (1900, 12, 31, 0, 0, 0, 0, 365, -1) None None
# expect: '23.5'                       '%H.%f'                  (1900, 1, 1, 23, 0, 0, 0, 1, -1) None None
# expect: '29 Feb'                     '%d %b'                  (1900, 2, 29, 0, 0, 0, 0, 60, -1) None None
# expect: '2020   01'                  '%Y %m'                  (2020, 1, 1, 0, 0, 0, 2, 1, -1) None None
# expect: '2020\t01'                   '%Y %m'                  (2020, 1, 1, 0, 0, 0, 2, 1, -1) None None
# expect: time.struct_time(tm_year=2026, tm_mon=12, tm_mday=4, tm_hour=18, tm_min=38, tm_sec=52, tm_wday=4, tm_yday=338, tm_isdst=-1)
# expect: ValueError time data 'x' does not match format '%Y'
# expect: ValueError unconverted data remains: x
# expect: ValueError time data '  2020' does not match format '%Y'
# expect: ValueError day is out of range for month
# expect: ValueError 'Q' is a bad directive in format '%Q'
# expect: ValueError stray % in format '%'
# expect: ValueError ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
# expect: ValueError unconverted data remains: 3
# expect: TypeError strptime() argument 0 must be str, not <class 'int'>
# expect: TypeError strptime() argument 1 must be str, not <class 'int'>
