# Seed 001 (../shared/seeds/001_*.txt), its map cell, unchanged after
# the three prelude lines. The first two pin time.gmtime() to the epoch: the
# cell prints time.strftime of the wall clock, which differs between runs.
# The third gives every sleep a 50 ms overhead: as written, worker 2's
# 0.2 s + 0.1 s ends together with worker 1's 0.3 s, a tie that python3's
# real clock breaks either way (a flake of the differential test); with the
# overhead worker 2 ends 50 ms later in both interpreters, and the order
# checked below is the one the seed's author saw.
import time as _t, time as _time_module
_time_module.gmtime = lambda secs=None, _g=_t.gmtime: _g(0)
_time_module.sleep = lambda secs, _s=_t.sleep: _s(secs + 0.05)
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def download_video(index):
    time.sleep(index)
    print("download video {} finished at {}".format(index,time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())))
    return index

executor = ThreadPoolExecutor(max_workers=2)
urls = [0.3, 0.2, 0.1, 0.4, 0.5]
for data in executor.map(download_video,urls):
    print("task {} down load success".format(data))

# expect: download video 0.2 finished at 1970-01-01 00:00:00
# expect: download video 0.3 finished at 1970-01-01 00:00:00
# expect: task 0.3 down load success
# expect: task 0.2 down load success
# expect: download video 0.1 finished at 1970-01-01 00:00:00
# expect: task 0.1 down load success
# expect: download video 0.4 finished at 1970-01-01 00:00:00
# expect: task 0.4 down load success
# expect: download video 0.5 finished at 1970-01-01 00:00:00
# expect: task 0.5 down load success
