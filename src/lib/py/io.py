"""io: in-memory text streams (gilsim).

gilsim programs cannot open files, so io has StringIO (the usual way to
capture what a handler, print(file=...) or traceback writes), BytesIO (a
binary stream kept in a bytearray) and the constants; open() and the file
classes are not available. BytesIO.getbuffer is refused.
StringIO keeps its text as written: newline translation (newline=None,
'\\r' ...) is refused with NotImplementedError, only the default '\\n' is
supported.
"""

__all__ = ['StringIO', 'BytesIO', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'UnsupportedOperation']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError):
    # CPython's derives from OSError and ValueError; gilsim has single inheritance
    pass


class _MemoryStream:
    """What StringIO and BytesIO share: the closed state, line iteration,
    readlines/writelines and the always-true capabilities. A subclass has
    _buf, _pos and _closed, read/readline/write, and _closed_message."""

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def _get_closed(self):
        return self._closed

    closed = property(_get_closed)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self):
        self._check()

    def close(self):
        self._closed = True

    def isatty(self):
        self._check()
        return False

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return '<_io.%s object at %s>' % (self._io_name, hex(id(self)))


class StringIO(_MemoryStream):
    """A text stream kept in memory: write() appends at the position,
    getvalue() returns everything."""

    _closed_message = 'I/O operation on closed file'
    _io_name = 'StringIO'

    def __init__(self, initial_value='', newline='\n'):
        if newline != '\n':
            raise NotImplementedError("io.StringIO(newline=%r): only newline='\\n' is supported by gilsim"
                                      % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._buf = initial_value
        self._tail = []       # writes at the end, joined on demand
        self._len = len(initial_value)
        self._pos = 0
        self._closed = False

    def _joined(self):
        if self._tail:
            self._buf = self._buf + ''.join(self._tail)
            self._tail = []
        return self._buf


    def getvalue(self):
        self._check()
        return self._joined()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        pos = self._pos
        if pos == self._len:
            self._tail.append(s)
        else:
            buf = self._joined()
            if pos > len(buf):
                buf = buf + '\0' * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        self._len = max(self._len, pos + n)
        return n

    def read(self, size=-1):
        self._check()
        buf = self._joined()
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(self._pos + size, len(buf))
        s = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def readline(self, size=-1):
        self._check()
        buf = self._joined()
        end = buf.find('\n', self._pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        s = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._buf = self._joined()[:size]
        self._len = len(self._buf)
        return size


class BytesIO(_MemoryStream):
    """A binary stream kept in memory: write() puts bytes at the position,
    getvalue() returns them all."""

    _closed_message = 'I/O operation on closed file.'   # CPython's has the dot
    _io_name = 'BytesIO'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False


    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        raise NotImplementedError('io.BytesIO.getbuffer is not supported by gilsim')

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(bytes(pos - len(self._buf)))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        data = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return data

    read1 = read

    def readline(self, size=-1):
        self._check()
        end = self._buf.find(b'\n', self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return data

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        del self._buf[size:]
        return size
