"""time: program-time clocks and sleeping (gilsim).

Clocks read the program clock: virtual time on the virtual backend, so
sleep() costs no wall time there; time() is the wall-clock epoch at the
program's start plus program time.
"""

from _time import sleep, monotonic, monotonic_ns, perf_counter, perf_counter_ns, \
    process_time, time, time_ns

import _time

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time:
    """The time value returned by gmtime() and localtime(): a 9-item sequence
    with named fields, as in CPython."""

    def __init__(self, values, zone='UTC', gmtoff=0):
        values = tuple(values)
        if len(values) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            '(%d-sequence given)' % len(values))
        self._values = values[:9]
        self.tm_zone = zone
        self.tm_gmtoff = gmtoff

    def __getattr__(self, name):
        if name in _FIELDS:
            return self._values[_FIELDS.index(name)]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._values == other._values
        return self._values == other

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        parts = ['%s=%r' % (name, value) for name, value in zip(_FIELDS, self._values)]
        return 'time.struct_time(' + ', '.join(parts) + ')'


def _broken_down(secs, utc):
    if secs is None:
        secs = time()
    v = _time.broken_down(secs, utc)
    return struct_time(v[:9], v[9], v[10])


def gmtime(secs=None):
    return _broken_down(secs, True)


def localtime(secs=None):
    return _broken_down(secs, False)


def strftime(format, t=None):
    if t is None:
        t = localtime()
    return _time.strftime(format, tuple(t))


def asctime(t=None):
    if t is None:
        t = localtime()
    return _asctime(tuple(t))


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
           'Nov', 'Dec')


def _asctime(t):
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2],
                                             t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return _asctime(tuple(localtime(secs)))
