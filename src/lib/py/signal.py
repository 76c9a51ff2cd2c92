"""signal: Python-level signal handlers (gilsim), for KeyboardInterrupt
demos: signal(), getsignal(), SIG_DFL, SIG_IGN, default_int_handler,
raise_signal(), strsignal(), valid_signals() and the Signals/Handlers names.

No OS signal handler is ever installed for the program. A handler set with
signal() runs as CPython runs it: in the main thread, between bytecodes
(the eval breaker), when the signal arrives: Ctrl-C at the terminal,
_thread.interrupt_main(), or raise_signal() (which, called in the main
thread, runs the handler before it returns, as CPython's does).

gilsim's int cannot be subclassed, so the Signals members are small objects
that compare, hash and convert like their numbers (int(), operator.index)
and print as CPython's IntEnum members do; handlers receive plain ints.
The default action of a signal (SIG_DFL: the OS kills the process, or
ignores the signal) is not simulated: raise_signal() refuses it with
NotImplementedError, except that Ctrl-C still interrupts the program.
"""

import sys
import _thread


class _Member:
    def __init__(self, enum, name, value):
        self._enum = enum
        self.name = name
        self.value = value
        self._name_ = name
        self._value_ = value

    def __repr__(self):
        return '<%s.%s: %d>' % (self._enum, self.name, self.value)

    def __str__(self):
        return str(self.value)

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __hash__(self):
        return hash(self.value)

    def __eq__(self, other):
        if isinstance(other, _Member):
            return self.value == other.value
        return self.value == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self.value < int(other)

    def __le__(self, other):
        return self.value <= int(other)

    def __gt__(self, other):
        return self.value > int(other)

    def __ge__(self, other):
        return self.value >= int(other)

    def __bool__(self):
        return self.value != 0


class _Enum:
    """Signals / Handlers: Signals(2) and Signals['SIGINT'] give a member."""

    def __init__(self, name, members):
        self.__name__ = name
        self._members = []
        self._by_value = {}
        for mname, value in members:
            m = _Member(name, mname, value)
            self._members.append(m)
            if value not in self._by_value:
                self._by_value[value] = m
            setattr(self, mname, m)

    def __repr__(self):
        return "<enum '%s'>" % self.__name__

    def __call__(self, value):
        v = int(value)
        if v in self._by_value:
            return self._by_value[v]
        raise ValueError('%r is not a valid %s' % (value, self.__name__))

    def __getitem__(self, name):
        for m in self._members:
            if m.name == name:
                return m
        raise KeyError(name)

    def __iter__(self):
        return iter(list(self._by_value.values()))

    def __len__(self):
        return len(self._by_value)

    def __contains__(self, m):
        return isinstance(m, _Member) and m in self._members


# Linux's numbers (x86-64).
_SIGNALS = [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5),
    ('SIGABRT', 6), ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9),
    ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12), ('SIGPIPE', 13),
    ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17),
    ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20), ('SIGTTIN', 21),
    ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25),
    ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29),
    ('SIGPOLL', 29), ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34),
    ('SIGRTMAX', 64),
]

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
    8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe',
    14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited',
    18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
    22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}

Signals = _Enum('Signals', _SIGNALS)
Handlers = _Enum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)])
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
NSIG = 65
SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2

for _name, _value in _SIGNALS:
    globals()[_name] = Signals[_name]


def default_int_handler(signalnum, frame):
    """The default handler for SIGINT: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {}
for _name, _value in _SIGNALS:
    _handlers[_value] = SIG_DFL
_handlers[2] = default_int_handler
_handlers[13] = SIG_IGN     # CPython ignores SIGPIPE at startup
_pending = []
_delivered = [0]      # Ctrl-Cs handled so far (signal.pause waits for one)


def _signum(signalnum):
    try:
        n = signalnum.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(signalnum).__name__)
    if n > 2147483647 or n < -2147483648:
        raise OverflowError('Python int too large to convert to C int')
    if n < 1 or n >= NSIG:
        raise ValueError('signal number out of range')
    return n


def _is_main_thread():
    import threading
    return threading.current_thread() is threading.main_thread()


def signal(signalnum, handler):
    """Sets the action for signalnum; returns the previous one."""
    n = _signum(signalnum)
    if not (handler is SIG_DFL or handler is SIG_IGN or handler == 0 or handler == 1
            or callable(handler)):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, '
                        'or a callable object')
    if not _is_main_thread():
        raise ValueError('signal only works in main thread of the main interpreter')
    if n in (9, 19):
        raise OSError(22, 'Invalid argument')
    if not callable(handler):
        handler = Handlers(handler)
    old = _handlers.get(n, SIG_DFL)
    _handlers[n] = handler
    return old


def getsignal(signalnum):
    """The current action for signalnum."""
    n = _signum(signalnum)
    return _handlers.get(n, SIG_DFL)


def strsignal(signalnum):
    n = _signum(signalnum)
    if n in _DESCRIPTIONS:
        return _DESCRIPTIONS[n]
    if 34 <= n <= 64:
        return 'Real-time signal %d' % (n - 34)
    return None


def valid_signals():
    s = set()
    for n in range(1, NSIG):
        if n not in (32, 33):
            s.add(Signals(n) if n in Signals._by_value else n)
    return s


def _run_handler(n, frame):
    handler = _handlers.get(n, SIG_DFL)
    if handler is SIG_IGN:
        return
    if handler is SIG_DFL:
        raise NotImplementedError(
            'signal: the default action of %s (SIG_DFL) is not simulated by gilsim; '
            'set a handler with signal.signal()' % Signals(n).name)
    handler(n, frame)


def raise_signal(signalnum):
    """Sends a signal to the program. In the main thread the handler runs
    before this returns; from another thread it runs in the main thread at
    its next switch point."""
    n = _signum(signalnum)
    if _is_main_thread():
        _run_handler(n, sys._getframe(1))
    else:
        _interrupt(n)


def _interrupt(n):
    # _thread.interrupt_main and raise_signal from another thread: the
    # main thread runs the handler at its next eval-breaker check.
    handler = _handlers.get(n, SIG_DFL)
    if handler is SIG_IGN:
        return
    if handler is SIG_DFL:
        return
    _pending.append(n)
    _thread._signal_main()


def _dispatch():
    """Called by the interpreter in the main thread when a signal is
    pending (gilsim's eval breaker): runs the handlers."""
    if _pending:
        pending = _pending[:]
        del _pending[:]
    else:
        pending = [2]       # Ctrl-C at the terminal
        _delivered[0] += 1
        if _handlers[2] is SIG_DFL:
            raise KeyboardInterrupt
    frame = sys._getframe(1)
    for n in pending:
        _run_handler(n, frame)


def pause():
    """Waits until a signal from outside is handled (Ctrl-C), as CPython's
    pause() does; the handler runs first. As in CPython, raise_signal() and
    _thread.interrupt_main() in another thread do not end the pause (the
    OS does not wake the main thread for them), and with no Ctrl-C to come
    the program waits forever (--timeout ends it)."""
    import time
    start = _delivered[0]
    while _delivered[0] == start:
        time.sleep(0.05)


def _refused(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError(
            'signal.%s is not supported by gilsim: programs cannot set timers or '
            'send OS signals (signal, getsignal, raise_signal and '
            '_thread.interrupt_main are)' % name)
    refuse.__name__ = name
    return refuse


for _name in ('alarm', 'setitimer', 'getitimer', 'pthread_kill', 'pthread_sigmask',
              'sigwait', 'sigwaitinfo', 'sigtimedwait', 'sigpending', 'siginterrupt',
              'set_wakeup_fd', 'pidfd_send_signal'):
    globals()[_name] = _refused(_name)
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2
