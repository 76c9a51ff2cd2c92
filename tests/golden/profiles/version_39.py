# The CPython version profile (--python) decides sys.version_info,
# sys.hexversion, sys.version, the default thread names (3.10+ add the
# target's name: bpo-44470) and sys._is_gil_enabled (3.13+; False when
# free-threaded). Checked against python3.9 line by line.
# python3: skip (the 3.9 profile's values)
# args: --python=3.9
import sys
import threading


def work():
    pass


print(tuple(sys.version_info[:2]), hex(sys.hexversion)[:6])
print(' '.join(sys.version.split()[:3]).split(' (')[0])
print(threading.Thread(target=work).name, threading.Thread().name)
print(hasattr(sys, '_is_gil_enabled') and sys._is_gil_enabled())
# expect: (3, 9) 0x3091
# expect: 3.9.18
# expect: Thread-1 Thread-2
# expect: False
