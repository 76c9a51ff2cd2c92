# --schedule replays a schedule of --explore's report: this is
# lost_update.py's outcome #2 (seed 6, forced switches at 117380 ns and
# 128708 ns of contended time), the lost update, every time.
# args: --schedule=6:117380,128708
# python3: skip
# backend: virtual-only
# expect: x = 10000
import _counter

_counter.run()
