"""time: program-time clocks, sleeping and calendar conversions (gilsim).

Clocks read the program clock: virtual time on the virtual backend, so
sleep() costs no wall time there; time() is the wall-clock epoch at the
program's start (to the whole second) plus program time.

gilsim runs without the environment, so the TZ variable is not read: local
time is UTC (timezone == altzone == 0, daylight == 0, tzname == ('UTC',
'UTC')), as CPython's on a machine set to UTC. strptime() knows the C
locale's names only, as CPython's does in the C locale.
"""

from _time import sleep, monotonic, monotonic_ns, perf_counter, perf_counter_ns, \
    process_time, process_time_ns, thread_time, thread_time_ns, time, time_ns, struct_time, gmtime, localtime, \
    mktime, asctime, ctime, strftime, timezone, altzone, daylight, tzname


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """Parses a string to a struct_time according to a format (C locale)."""
    import _strptime
    return struct_time(_strptime._strptime(data_string, format))
