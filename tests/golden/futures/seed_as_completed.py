# Seed 001 (../shared/seeds/001_*.txt), its as_completed cell, unchanged after
# the two prelude lines, which pin time.gmtime() to the epoch: the cell prints
# time.strftime of the wall clock, which differs between runs.
# python3: skip (tasks 1 and 2 finish at the same instant: CPython prints
# their lines in either order from run to run; gilsim's order is one of them)
# backend: virtual-only
import time as _t, time as _time_module
_time_module.gmtime = lambda secs=None, _g=_t.gmtime: _g(0)
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def download_video(index):
    time.sleep(0.1)
    print("download video {} finished at {}".format(index,time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())))
    return index

executor = ThreadPoolExecutor(max_workers=2)
urls = [1, 2, 3, 4, 5]
all_task = [executor.submit(download_video, (url)) for url in urls]

for task in as_completed(all_task):
    data = task.result()
    print("task {} down load success".format(data))

# expect: download video 1 finished at 1970-01-01 00:00:00
# expect: task 1 down load success
# expect: download video 2 finished at 1970-01-01 00:00:00
# expect: task 2 down load success
# expect: download video 3 finished at 1970-01-01 00:00:00
# expect: task 3 down load success
# expect: download video 4 finished at 1970-01-01 00:00:00
# expect: task 4 down load success
# expect: download video 5 finished at 1970-01-01 00:00:00
# expect: task 5 down load success
