"""textwrap: text wrapping and filling (gilsim).

CPython 3.11's algorithm. CPython splits text into chunks with regular
expressions (wordsep_re, wordsep_simple_re, sentence_end_re, and dedent's
two); gilsim has no re module, so _split_words and the helpers below scan
the text the way those expressions match it, giving the same chunks.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_w(c):
    # \w
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]
    return _is_w(c) and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]
    return _is_w(c) or c in '!"\'&.,?'


def _dashes_end(text, j):
    n = len(text)
    while j < n and text[j] == '-':
        j += 1
    return j


def _split_words(text):
    """CPython's wordsep_re.split(text) without the empty strings: runs of
    whitespace, em-dashes between words, and words, split after a hyphen
    between letters."""
    chunks = []
    i = 0
    n = len(text)
    ws = _whitespace
    while i < n:
        c = text[i]
        if c in ws:
            j = i
            while j < n and text[j] in ws:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # an em-dash: (?<=word_punct) -{2,} (?=\w)
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]):
            j = _dashes_end(text, i)
            if j - i >= 2 and j < n and _is_w(text[j]):
                chunks.append(text[i:j])
                i = j
                continue
        # a word: the shortest run of non-whitespace followed by a hyphen
        # between letters, the end of the word, or an em-dash
        k = i + 1
        while True:
            if k < n and text[k] == '-':
                behind = ((k >= 2 and _is_letter(text[k - 2]) and _is_letter(text[k - 1])) or
                          (k >= 3 and _is_letter(text[k - 3]) and text[k - 2] == '-' and
                           _is_letter(text[k - 1])))
                p = k + 1
                if behind and p < n and _is_letter(text[p]) and (
                        (p + 1 < n and _is_letter(text[p + 1])) or
                        (p + 2 < n and text[p + 1] == '-' and _is_letter(text[p + 2]))):
                    chunks.append(text[i:k + 1])
                    i = k + 1
                    break
            if k >= n or text[k] in ws:
                chunks.append(text[i:k])
                i = k
                break
            if _is_word_punct(text[k - 1]) and text.startswith('--', k):
                j = _dashes_end(text, k)
                if j < n and _is_w(text[j]):
                    chunks.append(text[i:k])
                    i = k
                    break
            k += 1
    return chunks


def _split_on_whitespace(text):
    """wordsep_simple_re.split(text) without the empty strings."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        space = text[i] in _whitespace
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # sentence_end_re: [a-z][\.\!\?][\"\']?\Z
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps and fills text: see wrap() and fill()."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """The text as a list of lines of at most width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped lines joined by newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapses the whitespace and truncates to width, ending in a
    placeholder if anything was cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Removes the leading whitespace common to every line; lines of only
    blanks become empty."""
    lines = text.split('\n')
    # lines of only spaces and tabs become empty (_whitespace_only_re)
    for i, line in enumerate(lines):
        if line and line.strip(' \t') == '':
            lines[i] = ''
    margin = None
    for line in lines:
        indent = _leading_blanks(line)
        if len(indent) == len(line):
            continue            # no text on the line (_leading_whitespace_re)
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def _has_text(line):
    return line.strip()


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate holds (by default, the
    lines that are not only whitespace)."""
    if predicate is None:
        predicate = _has_text
    return ''.join([prefix + line if predicate(line) else line for line in text.splitlines(True)])
