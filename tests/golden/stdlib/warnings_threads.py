# Warnings from several threads: the registry is per module and location,
# so a warning raised at one line by four threads is shown once.
import io
import sys
import threading
import warnings

buf = io.StringIO()
sys.stderr = buf
def worker(n):
    warnings.warn('from a worker', RuntimeWarning)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
sys.stderr = sys.__stderr__
lines = buf.getvalue().splitlines()
print(len(lines), lines[0].split(': ', 1)[1], lines[1])

# expect: 2 RuntimeWarning: from a worker   warnings.warn('from a worker', RuntimeWarning)
