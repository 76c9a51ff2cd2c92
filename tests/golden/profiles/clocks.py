# CPU clocks: time.process_time() is the process's CPU time (its threads'
# running and native work, not their sleeping or waiting), time.thread_time()
# the calling thread's; perf_counter(), monotonic() and time() are the
# program clock. A worker spins while the main thread sleeps, then waits in
# join(): the worker's CPU time is nearly all of the process's.
import threading
import time

t0, p0, th0 = time.perf_counter(), time.process_time(), time.thread_time()
time.sleep(0.2)
print('sleep: perf_counter advanced', time.perf_counter() - t0 >= 0.2)
print('sleep: process_time advanced < 0.01 s', time.process_time() - p0 < 0.01)
print('sleep: thread_time advanced < 0.01 s', time.thread_time() - th0 < 0.01)
worker_cpu = []

def work():
    c0 = time.thread_time()
    n = 0
    for i in range(300000):
        n += i
    worker_cpu.append(time.thread_time() - c0)

p1, m1 = time.process_time(), time.thread_time()
t = threading.Thread(target=work)
t.start()
t.join()
process_cpu = time.process_time() - p1
main_cpu = time.thread_time() - m1
print('worker thread_time > 0', worker_cpu[0] > 0)
print('process_time covers the worker', process_cpu >= worker_cpu[0])
print('main thread_time is a small part', main_cpu < worker_cpu[0] / 2)
print('ns clocks', type(time.process_time_ns()).__name__, type(time.thread_time_ns()).__name__)
# expect: sleep: perf_counter advanced True
# expect: sleep: process_time advanced < 0.01 s True
# expect: sleep: thread_time advanced < 0.01 s True
# expect: worker thread_time > 0 True
# expect: process_time covers the worker True
# expect: main thread_time is a small part True
# expect: ns clocks int int
