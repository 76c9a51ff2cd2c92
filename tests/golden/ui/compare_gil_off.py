# --compare=--gil=off: the same threads with the GIL and without it (the
# free-threaded model): with four cores both sum at once, so the second
# run takes half the time, on the same axis as the first.
# backend: virtual-only (--compare needs the virtual backend)
# python3: skip (the labels and timelines are gilsim's)
# args: --timeline --width=100 --ascii --compare=--gil=off
import threading

totals = {}

def add_up(name, n):
    total = 0
    for i in range(n):
        total += i
    totals[name] = total

workers = [threading.Thread(target=add_up, args=('sum-%d' % k, 200000), name='sum-%d' % k) for k in (1, 2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(totals.items()))
# expect: [run 1] as given (5.00 ms interval, GIL on, 4 cores)
# expect: [('sum-1', 19999900000), ('sum-2', 19999900000)]
# expect:
# expect: [run 2] with --gil=off (5.00 ms interval, GIL off, 4 cores)
# expect: [('sum-1', 19999900000), ('sum-2', 19999900000)]
# expect:
# expect:              0 ms      1 ms      2 ms       3 ms      4 ms      5 ms      6 ms      7 ms      8 ms
# expect: -- run 1: as given (5.00 ms interval, GIL on, 4 cores) --
# expect: GIL          |111111111111111111111111111111111111111111|222222222222222222222222222222222222222222|
# expect: 0 MainThread .------------------------------------------.-------------------------------------------
# expect: 1 sum-1      -##########################################+
# expect: 2 sum-2                                                 -+#########################################+
# expect: -- run 2: with --gil=off (5.00 ms interval, GIL off, 4 cores) --
# expect: 0 MainThread .............................................
# expect: 1 sum-1      -##########################################+
# expect: 2 sum-2      -+###########################################
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request  x forced switch
