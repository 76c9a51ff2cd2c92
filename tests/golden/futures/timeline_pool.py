# args: --timeline --width=80 --ascii --seed=1
# python3: skip (the timeline is gilsim's)
# backend: virtual-only
# A 2-worker pool on 4 CPU-bound tasks: lazily made workers, named
# ThreadPoolExecutor-0_k, taking turns with the GIL. Who gets a dropped GIL
# is the operating system's choice (the OS model's draws): with some seeds
# one worker does nearly all the work; this one shows them taking turns.
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
# expect:                  0 ms       5 ms        10 ms      15 ms      20 ms       25 ms
# expect: marks                       v           v          v           v
# expect: GIL              |1111111111x11111111111x2222222222x11111111111x    |22|1111111|
# expect: 0 MainThread     ------------............................------------...--------
# expect: 1 ThreadPoolExe~ +##########+###########------------###########---------#######+
# expect: 2 ThreadPoolExe~            ------------+##########+-----------------##+........
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request
# expect: x forced switch
