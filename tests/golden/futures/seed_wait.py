# Seed 001 (../shared/seeds/001_*.txt), its wait cell, unchanged after
# the two prelude lines, which pin time.gmtime() to the epoch: the cell prints
# time.strftime of the wall clock, which differs between runs.
# python3: skip (tasks 1 and 2 finish at the same instant and CPython's print
# writes the text and the newline separately: their lines can interleave)
# backend: virtual-only
import time as _t, time as _time_module
_time_module.gmtime = lambda secs=None, _g=_t.gmtime: _g(0)
from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED, FIRST_COMPLETED
import time

def download_video(index):
    time.sleep(2)
    print("download video {} finished at {}".format(index,time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())))
    return index
executor = ThreadPoolExecutor(max_workers=2)
urls = [0.1, 0.2, 0.3, 0.4, 0.5]
all_task = [executor.submit(download_video,(url)) for url in urls]
wait(all_task,return_when=ALL_COMPLETED)
print("main ")

# expect: download video 0.1 finished at 1970-01-01 00:00:00
# expect: download video 0.2 finished at 1970-01-01 00:00:00
# expect: download video 0.3 finished at 1970-01-01 00:00:00
# expect: download video 0.4 finished at 1970-01-01 00:00:00
# expect: download video 0.5 finished at 1970-01-01 00:00:00
# expect: main 
