"""string: string constants, capwords, Template and Formatter (gilsim).

As CPython's module, with one difference: gilsim has no re module, so
Template's placeholders are found by a scanner of its own. A Template
subclass may change `delimiter`; one that changes `idpattern`,
`braceidpattern`, `flags` or `pattern` (regular expressions) is refused
with NotImplementedError.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s into words, capitalizes each and joins them with sep (or a
    space)."""
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


# ---- Template ----

_sentinel_dict = {}
_ID_START = ascii_letters + '_'
_ID_CHARS = ascii_letters + digits + '_'
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


def _identifier_end(s, i):
    # The end of the identifier starting at s[i], or i if there is none.
    if i < len(s) and s[i] in _ID_START:
        i += 1
        while i < len(s) and s[i] in _ID_CHARS:
            i += 1
    return i


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None

    def __init__(self, template):
        cls = type(self)
        if (cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None
                or cls.flags is not None or getattr(cls, 'pattern', None) is not None):
            raise NotImplementedError('string.Template with a custom idpattern, braceidpattern, '
                                      'flags or pattern (gilsim has no re module)')
        self.template = template

    def _scan(self):
        """The placeholders as (kind, name, start, end) tuples: kind is
        'escaped', 'named', 'braced' or 'invalid' (CPython's group names);
        for 'invalid', start is where the bad text begins."""
        s = self.template
        delim = self.delimiter
        n = len(delim)
        out = []
        i = s.find(delim)
        while i >= 0 and n:
            j = i + n
            if s.startswith(delim, j):
                out.append(('escaped', None, i, j + n))
                i = s.find(delim, j + n)
                continue
            end = _identifier_end(s, j)
            if end > j:
                out.append(('named', s[j:end], i, end))
                i = s.find(delim, end)
                continue
            if s.startswith('{', j):
                end = _identifier_end(s, j + 1)
                if end > j + 1 and s.startswith('}', end):
                    out.append(('braced', s[j + 1:end], i, end + 1))
                    i = s.find(delim, end + 1)
                    continue
            out.append(('invalid', None, j, j))
            i = s.find(delim, j)
        return out

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, safe):
        s = self.template
        parts = []
        pos = 0
        for kind, name, start, end in self._scan():
            if kind == 'invalid':
                if not safe:
                    self._invalid(start)
                continue
            parts.append(s[pos:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(s[start:end])
            else:
                parts.append(str(mapping[name]))
            pos = end
        parts.append(s[pos:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, **kws):
        return self._substitute(_mapping(mapping, kws), False)

    def safe_substitute(self, mapping=_sentinel_dict, **kws):
        return self._substitute(_mapping(mapping, kws), True)

    def is_valid(self):
        for kind, name, start, end in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, name, start, end in self._scan():
            if kind in ('named', 'braced'):
                if name not in ids:
                    ids.append(name)
        return ids


def _mapping(mapping, kws):
    # keywords first, then the mapping (CPython: a ChainMap of the two)
    if mapping is _sentinel_dict:
        return kws
    if kws:
        return _ChainMap(kws, mapping)
    return mapping


class _ChainMap:
    # The lookup of collections.ChainMap, which Template needs for
    # substitute(mapping, **kws), without importing collections.
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


# ---- Formatter ----
# The parsing of format strings follows CPython's MarkupIterator and
# FieldNameIterator (Objects/stringlib/unicode_format.h), so that parse()
# and the errors match str.format's.


class _FormatParser:
    # CPython's parse() returns a C iterator type, formatteriterator (not
    # a generator): this class takes its name below
    __module__ = 'builtins'

    def __init__(self, s):
        self._s = s
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        s = self._s
        n = len(s)
        if self._pos >= n:
            raise StopIteration
        start = self._pos
        pos = start
        c = ''
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if c == '}' and markup and (at_end or s[pos] != c):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup:
            if s[pos] == c:
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            self._pos = pos
            return (literal, None, None, None)
        field, spec, conversion, pos = _parse_field(s, pos)
        self._pos = pos
        return (literal, field, spec, conversion)


_FormatParser.__name__ = _FormatParser.__qualname__ = 'formatteriterator'


def _parse_field(s, pos):
    n = len(s)
    c = ''
    name_start = pos
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < n and s[pos] != ']':
                pos += 1
            continue
        if c in '}:!':
            break
    else:
        c = ''
    if c in ('!', ':'):
        field = s[name_start:pos - 1]
        conversion = None
        if c == '!':
            if pos >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[pos]
            pos += 1
            if pos < n:
                c = s[pos]
                pos += 1
                if c == '}':
                    return field, '', conversion, pos
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        count = 1
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return field, s[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return s[name_start:pos - 1], '', None, pos


def _integer(s):
    if s and s.isdigit() and s.isascii():
        return int(s)
    return -1


def _field_name_split(name):
    """(first, rest): first is an int when it is all digits; rest is a list
    of (is_attribute, key) pairs."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    idx = _integer(first)
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and name[i] not in '.[':
                i += 1
            key = name[j:i]
            attr = True
        elif c == '[':
            j = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[j:i]
            i += 1
            attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if key == '':
            raise ValueError('Empty attribute in format string')
        if not attr and _integer(key) >= 0:
            key = int(key)
        rest.append((attr, key))
    return (idx if idx >= 0 else first), rest


class Formatter:
    """str.format as a class whose steps can be overridden."""

    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification '
                                         'to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification '
                                         'to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _FormatParser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
