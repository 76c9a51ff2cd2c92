# the timeline: three worker lanes busy at once, each under its own GIL; the fourth task waits (a mark)
# python3: skip
# backend: virtual-only
# args: --cores=4 -t --width=72 --from=29.5ms
import ray
import gilsim
ray.init(num_cpus=3)

@ray.remote
def count(n):
    s = 0
    for i in range(n):
        s += i
    return s

ray.get([count.remote(1) for _ in range(3)])     # the three workers are up
import time
time.sleep(0.03 - gilsim.now())                  # and have started
gilsim.mark('go')
print(ray.get([count.remote(300_000) for _ in range(4)]))
# expect: [44999850000, 44999850000, 44999850000, 44999850000]
# expect:
# expect:                30 ms    32 ms    34 ms   36 ms    38 ms    40 ms   42 ms
# expect: ── MainProcess ─────────────────────────────────────────────────────────
# expect: marks          ◆ ◆
# expect: GIL             00
# expect: 0 MainThread ···█▌······················································
# expect: ── ray::worker-1 ───────────────────────────────────────────────────────
# expect: GIL             11111111111111111111111111111111111111111111111111111111
# expect: 1 MainThread ···▐██████████████████████████████████████████████████████▌
# expect: ── ray::worker-2 ───────────────────────────────────────────────────────
# expect: GIL              2222222222222222222222222222
# expect: 2 MainThread ····███████████████████████████▌···························
# expect: ── ray::worker-3 ───────────────────────────────────────────────────────
# expect: GIL              3333333333333333333333333333
# expect: 3 MainThread ····▐███████████████████████████···························
# expect: █ run  ▌▐▚ ran part  ░ wait  ▒ native  · block  │ handoff
# expect: ▼ drop request  ✕ forced switch  ◆ mark  * marks
