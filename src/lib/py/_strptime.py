"""_strptime: time.strptime's parser (gilsim), imported on its first use.

CPython's _strptime builds one regular expression from the format and
matches it, backtracking through each directive's alternatives in order;
_match below walks the same alternatives, so it accepts what CPython's
expression accepts and picks the same reading of ambiguous input. Only the
C locale's names are known, as in CPython under the C locale.
"""

_DAY_NAMES = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTH_NAMES = ('january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december')


def _alternatives(*specs):
    # Each spec is a list of choices for one position: a string of the
    # characters allowed there; yields every string they spell, in order.
    out = ['']
    for spec in specs:
        out = [p + c for p in out for c in spec]
    return out


_D = '0123456789'


_NUMERIC = {
    'd': _alternatives('3', '01') + _alternatives('12', _D) + _alternatives('0', '123456789')
         + _alternatives('123456789') + _alternatives(' ', '123456789'),
    'H': _alternatives('2', '0123') + _alternatives('01', _D) + _alternatives(_D),
    'I': _alternatives('1', '012') + _alternatives('0', '123456789') + _alternatives('123456789'),
    'm': _alternatives('1', '012') + _alternatives('0', '123456789') + _alternatives('123456789'),
    'M': _alternatives('012345', _D) + _alternatives(_D),
    'S': _alternatives('6', '01') + _alternatives('012345', _D) + _alternatives(_D),
    'U': _alternatives('5', '0123') + _alternatives('01234', _D) + _alternatives(_D),
    'V': _alternatives('5', '0123') + _alternatives('0', '123456789') + _alternatives('1234', _D)
         + _alternatives(_D),
    'w': _alternatives('0123456'),
    'u': _alternatives('1234567'),
}
_NUMERIC['W'] = _NUMERIC['U']


def _digits(data, pos, n):
    return len(data) - pos >= n and data[pos:pos + n].isdigit() and data[pos:pos + n].isascii()


def _names_choices(names, data, pos):
    # The names, longest first (CPython sorts them so), case-insensitively.
    out = []
    low = data[pos:].lower()
    for name in sorted(names, key=len, reverse=True):
        if name and low.startswith(name):
            out.append(data[pos:pos + len(name)])
    return out


def _choices(letter, data, pos):
    """The substrings of data at pos that directive %letter may match, in
    the order CPython's regular expression tries them."""
    if letter in _NUMERIC:
        return [a for a in _NUMERIC[letter] if data.startswith(a, pos)]
    if letter == 'j':
        out = []
        for n in (3, 2, 1):
            if _digits(data, pos, n):
                v = int(data[pos:pos + n])
                s = data[pos:pos + n]
                if n == 3 and 1 <= v <= 366:
                    out.append(s)
                elif n == 2 and 1 <= v <= 99:
                    out.append(s)
                elif n == 1 and v >= 1:
                    out.append(s)
        return out
    if letter == 'f':
        return [data[pos:pos + n] for n in (6, 5, 4, 3, 2, 1) if _digits(data, pos, n)]
    if letter in 'YG':
        return [data[pos:pos + 4]] if _digits(data, pos, 4) else []
    if letter == 'y':
        return [data[pos:pos + 2]] if _digits(data, pos, 2) else []
    if letter == 'A':
        return _names_choices(_DAY_NAMES, data, pos)
    if letter == 'a':
        return _names_choices([d[:3] for d in _DAY_NAMES], data, pos)
    if letter == 'B':
        return _names_choices(_MONTH_NAMES, data, pos)
    if letter == 'b':
        return _names_choices([m[:3] for m in _MONTH_NAMES], data, pos)
    if letter == 'p':
        return _names_choices(['am', 'pm'], data, pos)
    if letter == 'Z':
        return _names_choices(['utc', 'gmt'], data, pos)
    if letter == 'z':
        return _z_choices(data, pos)
    return []


def _two_digits_after(data, p, colon):
    # the end of [0-5]\d at p, after a ':' if colon; -1 if it is not there
    if colon:
        if not data.startswith(':', p):
            return -1
        p += 1
    if p + 2 > len(data) or data[p] not in '012345' or not _digits(data, p + 1, 1):
        return -1
    return p + 2


def _z_choices(data, pos):
    # [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z
    if data.startswith('Z', pos):
        return ['Z']
    if pos >= len(data) or data[pos] not in '+-' or not _digits(data, pos + 1, 2):
        return []
    out = []
    for colon in (1, 0):
        p = _two_digits_after(data, pos + 3, colon)
        if p < 0:
            continue
        for colon2 in (1, 0):
            q = _two_digits_after(data, p, colon2)
            if q < 0:
                continue
            if data.startswith('.', q):
                for n in (6, 5, 4, 3, 2, 1):
                    if _digits(data, q + 1, n):
                        out.append(data[pos:q + 1 + n])
            out.append(data[pos:q])
        out.append(data[pos:p])
    return out


_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_DIRECTIVES = 'aAbBcdfGHIjmMpSUuVwWxXyYzZ'


def _tokens(format):
    """The format as ('lit', c), ('ws',) and ('dir', letter) items."""
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            if d == '%':
                out.append(('lit', '%'))
            elif d in _EXPANSIONS:
                out.extend(_tokens(_EXPANSIONS[d]))
            elif d in _DIRECTIVES:
                out.append(('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
            i += 2
        elif c.isspace():
            while i < n and format[i].isspace():
                i += 1
            out.append(('ws',))
        else:
            out.append(('lit', c))
            i += 1
    return out


def _match(tokens, k, data, pos, found):
    """The end of the first match of tokens[k:] at data[pos:], filling
    found with the directives' texts; None if there is none."""
    if k == len(tokens):
        return pos
    tok = tokens[k]
    if tok[0] == 'lit':
        if pos < len(data) and data[pos].lower() == tok[1].lower():
            return _match(tokens, k + 1, data, pos + 1, found)
        return None
    if tok[0] == 'ws':
        end = pos
        while end < len(data) and data[end].isspace():
            end += 1
        while end > pos:
            r = _match(tokens, k + 1, data, end, found)
            if r is not None:
                return r
            end -= 1
        return None
    letter = tok[1]
    for text in _choices(letter, data, pos):
        if letter in found:
            # a repeated directive must match what it matched first
            # (a backreference in CPython's expression)
            if found[letter].lower() != text.lower():
                continue
            r = _match(tokens, k + 1, data, pos + len(text), found)
            if r is not None:
                return r
            continue
        found[letter] = text
        r = _match(tokens, k + 1, data, pos + len(text), found)
        if r is not None:
            return r
        del found[letter]
    return None


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _ordinal(year, month, day):
    # date(year, month, day).toordinal()
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    return days + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day


def _check_date(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    dim = _DAYS_IN_MONTH[month] + (month == 2 and _is_leap(year))
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')


def _from_ordinal(n):
    # date.fromordinal(n) as (year, month, day)
    year = (n - 1) // 366 + 1
    while _ordinal(year + 1, 1, 1) <= n:
        year += 1
    month = 1
    while month < 12 and _ordinal(year, month + 1, 1) <= n:
        month += 1
    return year, month, n - _ordinal(year, month, 1) + 1


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def _julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _from_iso(iso_year, iso_week, iso_weekday):
    # date.fromisocalendar(...) as an ordinal
    jan4 = _ordinal(iso_year, 1, 4)
    week1_monday = jan4 - (jan4 + 6) % 7
    return week1_monday + (iso_week - 1) * 7 + (iso_weekday - 1)


_ISO_WEEKDAY_HINT = "a weekday directive ('%A', '%a', '%w', or '%u')."


def _strptime(data_string, format):
    if not isinstance(data_string, str):
        raise TypeError('strptime() argument 0 must be str, not %s' % type(data_string))
    if not isinstance(format, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(format))
    tokens = _tokens(format)
    found = {}
    end = _match(tokens, 0, data_string, 0, found)
    if end is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[end:])
    iso_year = year = None
    month = day = 1
    hour = minute = second = 0
    tz = -1
    gmtoff = None
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for letter in found:
        text = found[letter]
        if letter == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif letter == 'Y':
            year = int(text)
        elif letter == 'G':
            iso_year = int(text)
        elif letter == 'm':
            month = int(text)
        elif letter == 'B':
            month = _MONTH_NAMES.index(text.lower()) + 1
        elif letter == 'b':
            month = [m[:3] for m in _MONTH_NAMES].index(text.lower()) + 1
        elif letter == 'd':
            day = int(text)
        elif letter == 'H':
            hour = int(text)
        elif letter == 'I':
            hour = int(text)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif letter == 'M':
            minute = int(text)
        elif letter == 'S':
            second = int(text)
        elif letter == 'A':
            weekday = _DAY_NAMES.index(text.lower())
        elif letter == 'a':
            weekday = [d[:3] for d in _DAY_NAMES].index(text.lower())
        elif letter == 'w':
            weekday = int(text)
            weekday = 6 if weekday == 0 else weekday - 1
        elif letter == 'u':
            weekday = int(text) - 1
        elif letter == 'j':
            julian = int(text)
        elif letter in 'UW':
            week_of_year = int(text)
            week_of_year_start = 6 if letter == 'U' else 0
        elif letter == 'V':
            iso_week = int(text)
        elif letter == 'z':
            gmtoff = _parse_gmtoff(text)
        elif letter == 'Z':
            tz = 0
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and " + _ISO_WEEKDAY_HINT)
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and " + _ISO_WEEKDAY_HINT)
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_U_or_W(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            n = _from_iso(iso_year, iso_week, weekday + 1)
            year, month, day = _from_ordinal(n)
            julian = n - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date(year, month, day)
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz, found.get('Z'), gmtoff)


def _parse_gmtoff(z):
    if z == 'Z':
        return 0
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError("Inconsistent use of : in %s" % z)
            z = z[:5] + z[6:]
    hours = int(z[1:3])
    minutes = int(z[3:5])
    seconds = int(z[5:7] or 0)
    gmtoff = hours * 3600 + minutes * 60 + seconds
    return -gmtoff if z.startswith('-') else gmtoff
