# _numpy (the simulated numpy's kernels): bad sizes, views outside their
# buffer and odd values raise errors, never crash
# python3: skip
import _numpy as k
tests = [
 lambda: k.binop(0, 0, [1.0], 0, 0, 1, [1.0], 0, 0, 1, -1, 5),
 lambda: k.binop(0, 0, [1.0], 0, 0, 1, [1.0], 0, 0, 1, 1, 5),
 lambda: k.binop(0, 0, [1.0], 0, 0, 1, [1.0], 0, 0, 1, 1 << 40, 1 << 40),
 lambda: k.reduce(0, 0, [1.0], 0, 1, -3, 1),
 lambda: k.reduce(0, 0, [1.0], 5, 1, 1, 1),
 lambda: k.reduce(1, 0, [], 0, 1, 0, 1),
 lambda: k.unop(2, "x", 0, 0, 1, 1, 1),
 lambda: k.matmul(0, [1.0], 0, 1, 1, [1.0], 0, 1, 1, 2, 2, 2),
 lambda: k.linspace(0, 1, -5, 1),
 lambda: k.arange(0, 0, 1, 1 << 60),
 lambda: k.fmt_pos(float('nan'), 8),
 lambda: k.fmt_sci(float('inf'), 8),
 lambda: len(k.fmt_pos(1e300, 8)),
 lambda: k.binop(99, 0, [1.0], 0, 0, 1, [1.0], 0, 0, 1, 1, 1),
 lambda: k.binop(6, 1, [2], 0, 0, 1, [-1], 0, 0, 1, 1, 1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
# expect: ValueError _numpy: bad view size
# expect: IndexError _numpy: view outside its buffer
# expect: ValueError _numpy: bad view size
# expect: ValueError _numpy: bad view size
# expect: IndexError _numpy: view outside its buffer
# expect: ValueError zero-size array to reduction operation minimum which has no identity
# expect: TypeError _numpy: list expected
# expect: IndexError _numpy: view outside its buffer
# expect: ValueError _numpy: bad linspace size
# expect: ValueError _numpy: bad arange size
# expect: nan
# expect: inf
# expect: 302
# expect: NotImplementedError numpy (simulated): this operation on this dtype
# expect: ValueError Integers to negative integer powers are not allowed.
