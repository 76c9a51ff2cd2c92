# Seed 001 (../shared/seeds/001_*.txt), its submit_cancel cell, unchanged.
# python3: skip (the lines print time.strftime of time.gmtime(): gilsim's
# clock starts at a fixed date; the rest of the output is CPython's,
# checked line by line)
import time
from concurrent.futures import ThreadPoolExecutor

def down_video(times):
    time.sleep(times)
    print("down video {}s finished".format(times))
    return times

# create a thread pool with max_workers threads
executor = ThreadPoolExecutor(max_workers=2)

# submit a task into thread pool，and submit function will return immediately with blocking
task1 = executor.submit(down_video, (0.2))
task2 = executor.submit(down_video, (0.1))

# `done` function is used to check whether the task is finished
print("task 1 is finished?：",task1.done())

# `cancel` function is used to cancel the task before the thread put into thread-pool 
print("cancel task 2：",task2.cancel())

time.sleep(1)
print("task 1 is finished?：",task1.done())

# `result` is used to get the results of a thread
print("task1's results: ", task1.result())

# expect: task 1 is finished?： False
# expect: cancel task 2： False
# expect: down video 0.1s finished
# expect: down video 0.2s finished
# expect: task 1 is finished?： True
# expect: task1's results:  0.2
