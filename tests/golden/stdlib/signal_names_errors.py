# The names and errors of the signal module: Signals members compare as
# their numbers and print as CPython's IntEnum members do; bad handlers,
# numbers out of range, SIGKILL, and signal() outside the main thread fail
# as in CPython (test_signal.py: GenericTests.test_enums,
# PosixTests.test_out_of_range_signal_number_raises_error,
# test_setting_signal_handler_to_none_raises_error, ThreadSignals).
import signal
import threading

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGINT.name, signal.SIGINT.value)
print(signal.SIGINT == 2, signal.SIGTERM == 15, int(signal.SIGUSR1), signal.Signals(15).name)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.NSIG)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
print(signal.Signals['SIGINT'] is signal.SIGINT, {signal.SIGINT: 'int'}[2])
for bad in (None, 5, 'handler'):
    try:
        signal.signal(signal.SIGINT, bad)
    except TypeError as e:
        print('TypeError:', e)
for n in (0, 1000, -1):
    try:
        signal.signal(n, signal.SIG_IGN)
    except ValueError as e:
        print('ValueError:', e)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print('OSError:', e)
try:
    signal.getsignal(100)
except ValueError as e:
    print('ValueError:', e)
def in_thread():
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError as e:
        print('ValueError:', e)
t = threading.Thread(target=in_thread)
t.start()
t.join()
print(signal.SIGINT in signal.valid_signals(), 9 in signal.valid_signals())

# expect: 2 <Signals.SIGINT: 2> SIGINT 2
# expect: True True 10 SIGTERM
# expect: <Handlers.SIG_DFL: 0> <Handlers.SIG_IGN: 1> 65
# expect: Interrupt Terminated
# expect: True int
# expect: TypeError: signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: TypeError: signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: TypeError: signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: ValueError: signal number out of range
# expect: ValueError: signal number out of range
# expect: ValueError: signal number out of range
# expect: OSError: [Errno 22] Invalid argument
# expect: ValueError: signal number out of range
# expect: ValueError: signal only works in main thread of the main interpreter
# expect: True True
