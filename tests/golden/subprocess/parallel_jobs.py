# backend: virtual-only (the real backend adds its real cost of starting each simulated process: tenths of a second)
# python3: skip (real sleeps: python3.11 prints the same on an idle machine, checked by hand; under load its figures vary)
# The seed's trick for running shell jobs in parallel: a command ending in
# & goes to the background, so run() returns at once; or Popen several
# commands and wait for them all. Either way the waiting thread has
# released the GIL, and threads calling run() overlap too. Three 0.3 s
# sleeps take 0.3 s, not 0.9 s.
import subprocess as sp
import threading
import time

def elapsed(t0):
    return round(time.monotonic() - t0, 1)

t0 = time.monotonic()
for i in range(3):
    sp.run("sleep 0.3", shell=True)
print('one after another:', elapsed(t0))

t0 = time.monotonic()
jobs = [sp.Popen(["sleep", "0.3"]) for i in range(3)]
print('started:', elapsed(t0))
print([p.wait() for p in jobs], elapsed(t0))

t0 = time.monotonic()
for i in range(3):
    sp.run("sleep 0.3 &", shell=True)
print('in the background:', elapsed(t0))
time.sleep(0.4)

t0 = time.monotonic()
threads = [threading.Thread(target=sp.run, args=(["sleep", "0.3"],)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('from threads:', elapsed(t0))

# expect: one after another: 0.9
# expect: started: 0.0
# expect: [0, 0, 0] 0.3
# expect: in the background: 0.0
# expect: from threads: 0.3
