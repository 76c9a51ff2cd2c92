"""logging.handlers: more handlers for logging (gilsim).

The in-memory ones, as CPython 3.11 has them: BufferingHandler,
MemoryHandler, and QueueHandler with QueueListener (records handed over a
queue.Queue to a listener thread, the usual way to keep slow handlers off
the threads that log). The handlers that write files or use the network
or the system log raise NotImplementedError: gilsim programs cannot.
"""

import copy
import queue
import threading
import logging


class BufferingHandler(logging.Handler):
    """Keeps records in a buffer, flushed when shouldFlush() says so."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the buffer
    is full or a record reaches flushLevel."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts each record, formatted, on a queue (for a QueueListener)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        # a copy, so that the other handlers see the record unchanged
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """A thread taking records off a queue and passing them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level:
                process = True
            else:
                process = record.levelno >= handler.level
            if process:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
                if record is self._sentinel:
                    if has_task_done:
                        q.task_done()
                    break
                self.handle(record)
                if has_task_done:
                    q.task_done()
            except queue.Empty:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None


def _unavailable(name, why):
    class Unavailable(logging.Handler):
        def __init__(self, *args, **kwargs):
            raise NotImplementedError('logging.handlers.%s: %s' % (name, why))
    Unavailable.__name__ = Unavailable.__qualname__ = name
    return Unavailable


_NO_FILES = 'gilsim programs cannot open files'
_NO_NETWORK = 'gilsim programs cannot use the network'
WatchedFileHandler = _unavailable('WatchedFileHandler', _NO_FILES)
RotatingFileHandler = _unavailable('RotatingFileHandler', _NO_FILES)
TimedRotatingFileHandler = _unavailable('TimedRotatingFileHandler', _NO_FILES)
SocketHandler = _unavailable('SocketHandler', _NO_NETWORK)
DatagramHandler = _unavailable('DatagramHandler', _NO_NETWORK)
SMTPHandler = _unavailable('SMTPHandler', _NO_NETWORK)
HTTPHandler = _unavailable('HTTPHandler', _NO_NETWORK)
SysLogHandler = _unavailable('SysLogHandler', 'gilsim programs cannot reach the system log')
NTEventLogHandler = _unavailable('NTEventLogHandler', 'gilsim programs cannot reach the system log')
