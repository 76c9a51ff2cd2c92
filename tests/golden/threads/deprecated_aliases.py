# The camelCase aliases that CPython 3.11 deprecates still work and warn:
# DeprecationWarning, shown (once per calling line) because the caller is
# __main__. The warnings are caught on a StringIO to be compared.
import io
import sys
import threading

buf = io.StringIO()
sys.stderr = buf
t = threading.currentThread()
print(t.getName(), t.isDaemon(), threading.activeCount())
t.setName('Main')
print(threading.current_thread().name)
w = threading.Thread(target=print)
w.setDaemon(True)
print(w.daemon)
c = threading.Condition()
with c:
    c.notifyAll()
e = threading.Event()
print(e.isSet())
for i in range(3):
    threading.currentThread()     # one warning for the three
sys.stderr = sys.__stderr__
for line in buf.getvalue().splitlines():
    if line.startswith('  '):
        print(line)
    else:
        where, rest = line.split(': ', 1)
        print('line', where.split(':')[-1] + ':', rest)


# expect: MainThread False 1
# expect: Main
# expect: True
# expect: False
# expect: line 10: DeprecationWarning: currentThread() is deprecated, use current_thread() instead
# expect:   t = threading.currentThread()
# expect: line 11: DeprecationWarning: getName() is deprecated, get the name attribute instead
# expect:   print(t.getName(), t.isDaemon(), threading.activeCount())
# expect: line 11: DeprecationWarning: isDaemon() is deprecated, get the daemon attribute instead
# expect:   print(t.getName(), t.isDaemon(), threading.activeCount())
# expect: line 11: DeprecationWarning: activeCount() is deprecated, use active_count() instead
# expect:   print(t.getName(), t.isDaemon(), threading.activeCount())
# expect: line 12: DeprecationWarning: setName() is deprecated, set the name attribute instead
# expect:   t.setName('Main')
# expect: line 15: DeprecationWarning: setDaemon() is deprecated, set the daemon attribute instead
# expect:   w.setDaemon(True)
# expect: line 19: DeprecationWarning: notifyAll() is deprecated, use notify_all() instead
# expect:   c.notifyAll()
# expect: line 21: DeprecationWarning: isSet() is deprecated, use is_set() instead
# expect:   print(e.isSet())
# expect: line 23: DeprecationWarning: currentThread() is deprecated, use current_thread() instead
# expect:   threading.currentThread()     # one warning for the three
