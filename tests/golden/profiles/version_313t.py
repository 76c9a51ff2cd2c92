# The CPython version profile (--python) decides sys.version_info,
# sys.hexversion, sys.version, the default thread names (3.10+ add the
# target's name: bpo-44470) and sys._is_gil_enabled (3.13+; False when
# free-threaded). Checked against python3.13 line by line (3.13t: the
# free-threaded build's version string and GIL).
# python3: skip (the 3.13t profile's values)
# backend: virtual-only (a free-threaded build: the virtual backend only)
# args: --python=3.13t
import sys
import threading


def work():
    pass


print(tuple(sys.version_info[:2]), hex(sys.hexversion)[:6])
print(' '.join(sys.version.split()[:3]).split(' (')[0])
print(threading.Thread(target=work).name, threading.Thread().name)
print(hasattr(sys, '_is_gil_enabled') and sys._is_gil_enabled())
# expect: (3, 13) 0x30d0
# expect: 3.13.0 experimental free-threading
# expect: Thread-1 (work) Thread-2
# expect: False
