# process_time.py: how far time.process_time() advances across
# time.sleep(0.2) (process CPU time: it should not).
import time

t0 = time.process_time()
time.sleep(0.2)
print("RESULT advance_s=%.4f thread_time=%s" % (
    time.process_time() - t0, "yes" if hasattr(time, "thread_time") else "no"))
