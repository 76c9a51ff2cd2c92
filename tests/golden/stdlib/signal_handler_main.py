# signal.signal(SIGINT, handler): raise_signal in the main thread runs the
# handler before it returns; the previous handler is returned; SIG_IGN
# ignores; default_int_handler raises KeyboardInterrupt (test_signal.py:
# PosixTests.test_getsignal, RaiseSignalTest.test_handler,
# test_sigint via default_int_handler).
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
calls = []
def handler(signum, frame):
    calls.append((signum, frame is not None))
    print('handler got', signum, signal.Signals(signum).name)

old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
signal.raise_signal(signal.SIGINT)
print('after raise_signal:', calls)

signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print('ignored; getsignal is SIG_IGN:', signal.getsignal(signal.SIGINT) is signal.SIG_IGN)

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print('default_int_handler raises KeyboardInterrupt')

# expect: True
# expect: True True
# expect: handler got 2 SIGINT
# expect: after raise_signal: [(2, True)]
# expect: ignored; getsignal is SIG_IGN: True
# expect: KeyboardInterrupt KeyboardInterrupt()
# expect: default_int_handler raises KeyboardInterrupt
