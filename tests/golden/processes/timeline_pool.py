# args: --timeline --width=80 --ascii
# python3: skip (the timeline is gilsim's)
# backend: virtual-only
# A 2-process pool: a lane group per process, each with its own GIL; the
# workers start (fork, the default: each gets a copy of this __main__),
# then run their chunks in parallel with each other.
import multiprocessing as mp

def cpu(n):
    s = 0
    for i in range(n):
        s += i
    return s

if __name__ == '__main__':
    with mp.Pool(2) as pool:
        print(pool.map(cpu, [300000] * 2))

# expect: [44999850000, 44999850000]
# expect:
# expect:                  0 ms         5 ms          10 ms        15 ms         20 ms
# expect: -- MainProcess -----------------------------------------------------------------
# expect: GIL              00000|                                                        |
# expect: 0 MainThread     #####+.........................................................
# expect: 3 Thread-1 (_ha~      ..........................................................
# expect: -- ForkPoolWorker-1 ------------------------------------------------------------
# expect: GIL                1111111111111111111111111111111111111111111111111111111111
# expect: 1 MainThread       -#########################################################...
# expect: -- ForkPoolWorker-2 ------------------------------------------------------------
# expect: GIL                   2222222222222222222222222222222222222222222222222222222222
# expect: 2 MainThread          +########################################################+
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request
# expect: x forced switch
