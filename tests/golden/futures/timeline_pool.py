# args: --timeline --width=80 --ascii
# python3: skip (the timeline is gilsim's)
# backend: virtual-only
# A 2-worker pool on 4 CPU-bound tasks: lazily made workers, named
# ThreadPoolExecutor-0_k, taking turns with the GIL.
from concurrent.futures import ThreadPoolExecutor

def cpu(n):
    s = 0
    for i in range(n):
        s += i
    return s

with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(cpu, [300000] * 4)))
# expect: [44999850000, 44999850000, 44999850000, 44999850000]
# expect:
# expect:                  0 ms        5 ms        10 ms       15 ms        20 ms
# expect: marks                        v            v                 v            v
# expect: GIL              |11111111111x111111111111x11111|22222222222x111111111111x22|11|
# expect: 0 MainThread     -------------............------................................
# expect: 1 ThreadPoolExe~ +###########+############+#####-------------############----##+
# expect: 2 ThreadPoolExe~             -------------......+###########+------------+##+...
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request
# expect: x forced switch
