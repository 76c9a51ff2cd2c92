"""warnings: warning control (gilsim), as CPython 3.11's Lib/warnings.py.

warn() finds the frame `stacklevel` up, keeps a __warningregistry__ in
that frame's globals, walks `filters` (first match wins; otherwise
`defaultaction`) and shows a warning as "FILE:LINE: Category: message"
followed by the source line, on sys.stderr. The default filters are
CPython's: DeprecationWarning is shown only when it is triggered by code in
__main__, once per location, and ignored elsewhere.

gilsim has no `re` module: the message and module patterns of
filterwarnings() are matched by a small matcher that knows literal text,
`.`, `*`, `+`, `?`, `^`, `$`, `\\Z` and backslash escapes; any other regular
expression syntax is refused with NotImplementedError.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")
_SPECIAL = '[](){}|'


class _Pattern:
    """A compiled regular expression of the subset described above; match()
    anchors at the start, as re.match does."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self._ignorecase = ignorecase
        self._items = self._parse(pattern)

    def __repr__(self):
        if self._ignorecase:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)

    def _parse(self, p):
        # items: (kind, char, repeat) with kind 'c' (a character), '.' (any),
        # '$' (end, or before a final newline), 'Z' (end)
        items = []
        i = 0
        while i < len(p):
            ch = p[i]
            if ch in _SPECIAL:
                raise NotImplementedError(
                    "warnings: the regular expression %r uses %r, which gilsim's "
                    "pattern matcher does not support (no re module)" % (p, ch))
            if ch == '\\':
                if i + 1 >= len(p):
                    raise NotImplementedError("warnings: bad escape (end of pattern) in %r" % (p,))
                nxt = p[i + 1]
                i += 2
                if nxt == 'Z':
                    items.append(['Z', '', ''])
                    continue
                if nxt.isalnum():
                    raise NotImplementedError(
                        "warnings: the escape \\%s in %r is not supported by gilsim" % (nxt, p))
                items.append(['c', nxt, ''])
            elif ch in '*+?':
                if not items or items[-1][2] or items[-1][0] in 'Z$^':
                    raise NotImplementedError("warnings: nothing to repeat in %r" % (p,))
                items[-1][2] = ch
                i += 1
                continue
            elif ch == '.':
                items.append(['.', '', ''])
                i += 1
            elif ch == '^':
                items.append(['^', '', ''])
                i += 1
            elif ch == '$':
                items.append(['$', '', ''])
                i += 1
            else:
                items.append(['c', ch, ''])
                i += 1
        return items

    def _one(self, item, text, pos):
        if pos >= len(text):
            return False
        if item[0] == '.':
            return text[pos] != '\n'
        a = item[1]
        b = text[pos]
        if self._ignorecase:
            return a.lower() == b.lower()
        return a == b

    def _match_at(self, k, text, pos):
        items = self._items
        while k < len(items):
            item = items[k]
            kind = item[0]
            if kind == '^':
                if pos != 0:
                    return False
                k += 1
                continue
            if kind == 'Z':
                if pos != len(text):
                    return False
                k += 1
                continue
            if kind == '$':
                if not (pos == len(text) or (pos == len(text) - 1 and text[pos] == '\n')):
                    return False
                k += 1
                continue
            rep = item[2]
            if rep == '':
                if not self._one(item, text, pos):
                    return False
                pos += 1
                k += 1
                continue
            lo = 1 if rep == '+' else 0
            hi = 1 if rep == '?' else len(text) - pos
            n = 0
            while n < hi and self._one(item, text, pos + n):
                n += 1
            while n >= lo:
                if self._match_at(k + 1, text, pos + n):
                    return True
                n -= 1
            return False
        return True

    def match(self, text):
        return self._match_at(0, text, 0)


def _compile(pattern, ignorecase):
    return _Pattern(pattern, ignorecase)


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


# gilsim has no linecache and no files: the source lines come from the code
# objects of the frames that warned (filename -> a code object of that file).
_codes = {}


def _getline(filename, lineno):
    import _traceback
    code = _codes.get(filename)
    if code is None:
        return ''
    return _traceback.source_line(code, lineno)


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    if msg.line is None:
        line = _getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    if message or module:
        message = _compile(message, True) if message else None
        module = _compile(module + '\\Z', False) if module else None
    else:
        message = None
        module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '%s'" % (type(category).__name__,))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        globals_ = sys.__dict__ if hasattr(sys, '__dict__') else {}
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        _codes[filename] = frame.f_code
    if '__name__' in globals_:
        module = globals_['__name__']
    else:
        module = "<string>"
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals_, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = None
    for item in filters:
        act, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and
                issubclass(category, cat) and
                (mod is None or _module_matches(mod, module)) and
                (ln == 0 or lineno == ln)):
            action = act
            break
    if action is None:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" %
                           (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


def _module_matches(mod, module):
    # The default filter names '__main__' as a plain string (CPython's C
    # module keeps it so); filterwarnings() gives compiled patterns.
    if isinstance(mod, str):
        return mod == module
    return mod.match(module)


class catch_warnings(object):
    """A context manager that copies and, on exit, restores the warnings
    filter and the showwarning() function; record=True collects the
    warnings in a list instead of showing them."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


defaultaction = "default"
onceregistry = {}
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_warnings_defaults = True
