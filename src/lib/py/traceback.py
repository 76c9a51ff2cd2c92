"""traceback: extracting, formatting and printing tracebacks (gilsim).

CPython 3.11's interface and text, without 3.11's ~~~^^^ position markers
(gilsim's own traceback printing has none either). gilsim's traceback
entries name their code object (tb.tb_code) instead of a frame, and
sys._getframe() gives frame snapshots; the source lines come from the code
objects (_traceback.source_line), since there are no files to read.
Exception groups are not supported (gilsim has none).
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


class _Sentinel:
    def __repr__(self):
        return '<implicit>'


_sentinel = _Sentinel()


def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        file.write(line)


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line."""

    def __init__(self, filename, lineno, name, lookup_line=True, locals=None,
                 line=None, code=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._code = code
        self._line = line
        self.locals = None
        if lookup_line:
            self._lookup()

    def _lookup(self):
        if self._line is None:
            if self._code is not None and self.lineno is not None:
                self._line = _traceback.source_line(self._code, self.lineno)
            else:
                self._line = ''
        return self._line

    def __getattr__(self, name):
        if name == 'line':
            return self._lookup().strip()
        raise AttributeError("'FrameSummary' object has no attribute '%s'" % name)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


def _tb_entries(tb):
    """(code, lineno) of each entry of a traceback chain, outermost first."""
    out = []
    while tb is not None:
        if tb.tb_frame is not None:
            out.append((tb.tb_frame.f_code, tb.tb_lineno))
        else:
            out.append((tb.tb_code, tb.tb_lineno))
        tb = tb.tb_next
    return out


def _stack_entries(f):
    """(code, lineno) of f and its callers, innermost first."""
    out = []
    while f is not None:
        out.append((f.f_code, f.f_lineno))
        f = f.f_back
    return out


# walk_tb / walk_stack give (frame, lineno) pairs in CPython; gilsim's
# entries carry code objects (tracebacks have no frames). Both are
# generators, as CPython's.
def walk_tb(tb):
    while tb is not None:
        if tb.tb_frame is not None:
            yield tb.tb_frame.f_code, tb.tb_lineno
        else:
            yield tb.tb_code, tb.tb_lineno
        tb = tb.tb_next


def _walk_frames(f):
    while f is not None:
        yield f.f_code, f.f_lineno
        f = f.f_back


def walk_stack(f):
    # the caller's caller is found now, not at the first next() (frames
    # are snapshots in gilsim); the generator is named as CPython's
    if f is None:
        f = sys._getframe().f_back.f_back
    g = _walk_frames(f)
    g.__name__ = g.__qualname__ = 'walk_stack'
    return g


def _limited(entries, limit, innermost_first):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(entries)
    if limit >= 0:
        return list(entries)[:limit]
    entries = list(entries)
    return entries[len(entries) + limit:] if -limit < len(entries) else entries


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    def extract(klass, frame_gen, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for code, lineno in _limited(frame_gen, limit, False):
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines, code=code))
        return result

    extract = classmethod(extract)

    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    from_list = classmethod(from_list)

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


def extract_tb(tb, limit=None):
    return StackSummary.extract(_tb_entries(tb), limit=limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _print_lines(StackSummary.from_list(extracted_list).format(), file)


def _caller_frame(f, depth):
    if f is None:
        f = sys._getframe(depth + 1)
    return f


def extract_stack(f=None, limit=None):
    f = _caller_frame(f, 1)
    stack = StackSummary.extract(_stack_entries(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    f = _caller_frame(f, 1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    f = _caller_frame(f, 1)
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


def _type_name(t):
    stype = t.__qualname__
    smod = t.__module__
    if smod not in ('__main__', 'builtins'):
        if not isinstance(smod, str):
            smod = '<unknown>'
        stype = smod + '.' + stype
    return stype


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return '<%s %s() failed>' % (what, func.__name__)


class TracebackException:
    """An exception ready for rendering: its type, its message, its stack,
    and the exceptions it was chained to."""

    def __init__(self, exc_type, exc_value, exc_traceback, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary.extract(_tb_entries(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, 'filename', None)
            lno = getattr(exc_value, 'lineno', None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, 'text', None)
            self.offset = getattr(exc_value, 'offset', None)
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = getattr(exc_value, 'msg', None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False
        if exc_value is not None:
            self.__suppress_context__ = exc_value.__suppress_context__
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, _seen=_seen)
            context = exc_value.__context__
            need_context = not (compact and (self.__cause__ is not None or
                                              self.__suppress_context__))
            if need_context and context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, _seen=_seen)

    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    from_exception = classmethod(from_exception)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        stype = _type_name(self.exc_type)
        if not issubclass(self.exc_type, SyntaxError):
            lines = [_format_final_exc_line(stype, self._str)]
        else:
            lines = self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                lines.append(note + '\n')
        elif self.__notes__ is not None:
            lines.append(_safe_string(self.__notes__, '__notes__', func=repr) + '\n')
        return lines

    def _format_syntax_error(self, stype):
        lines = []
        filename_suffix = ''
        if self.lineno is not None:
            lines.append('  File "{}", line {}\n'.format(self.filename or '<string>', self.lineno))
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            lines.append('    {}\n'.format(ltext))
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join([c if c.isspace() else ' ' for c in ltext[:colno]])
                    lines.append('    {}{}\n'.format(caretspace, '^' * (end_colno - colno)))
        msg = self.msg or '<no detail available>'
        lines.append('{}: {}{}\n'.format(stype, msg, filename_suffix))
        return lines

    def format(self, chain=True):
        output = []
        exc = self
        if chain:
            while exc is not None:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        lines = []
        for msg, exc in reversed(output):
            if msg is not None:
                lines.append(msg)
            if exc.stack:
                lines.append('Traceback (most recent call last):\n')
                lines.extend(exc.stack.format())
            lines.extend(exc.format_exception_only())
        return lines

    def print(self, file=None, chain=True):
        _print_lines(self.format(chain=chain), file)


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return '%s\n' % etype
    return '%s: %s\n' % (etype, valuestr)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
        return None, None
    return value, tb


def _exception(value, tb, limit):
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    _exception(value, tb, limit).print(file=file, chain=chain)


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    return _exception(value, tb, limit).format(chain=chain)


def format_exception_only(exc, value=_sentinel):
    if value is _sentinel:
        value = exc
    return _exception(value, None, None).format_exception_only()


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
