# four ray workers, four processes with a GIL each: 4 tasks take the time of 1, 8 twice that
# python3: skip
# backend: virtual-only
# args: --cores=4 --stats
import ray
import gilsim
ray.init(num_cpus=4)

@ray.remote
def count(n):
    s = 0
    for i in range(n):
        s += i
    return s

ray.get([count.remote(1) for _ in range(4)])      # the four workers are up
t0 = gilsim.now()
ray.get(count.remote(1_000_000))
one = gilsim.now() - t0
t0 = gilsim.now()
print(ray.get([count.remote(1_000_000) for _ in range(4)]))
four = gilsim.now() - t0
print('4 tasks on 4 CPUs take %.1fx the time of 1' % (four / one))
t0 = gilsim.now()
ray.get([count.remote(1_000_000) for _ in range(8)])
print('8 tasks on 4 CPUs take %.1fx the time of 1' % ((gilsim.now() - t0) / one))

# expect: [499999500000, 499999500000, 499999500000, 499999500000]
# expect: 4 tasks on 4 CPUs take 1.0x the time of 1
# expect: 8 tasks on 4 CPUs take 2.0x the time of 1
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 103 ms, GIL held 6.4% (6.53 ms), 0 switches (0/s), 0 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   6.53 ms   93.3 µs      0 ns   96.1 ms        18         0   9.11 µs     363 µs
# expect:
# expect: process ray::worker-1: ran 102 ms, GIL held 98.9% (101 ms), 0 switches (0/s), 0 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 1 MainThread    101 ms   62.2 µs      0 ns   1.05 ms         4         0   50.0 µs    25.1 ms
# expect:
# expect: process ray::worker-2: ran 101 ms, GIL held 78.3% (78.8 ms), 0 switches (0/s), 0 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 2 MainThread   78.8 ms   71.5 µs      0 ns   21.8 ms         3         0   50.0 µs    26.3 ms
# expect:
# expect: process ray::worker-3: ran 99.7 ms, GIL held 79.1% (78.8 ms), 0 switches (0/s), 0 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 3 MainThread   78.8 ms   62.6 µs      0 ns   20.8 ms         3         0   50.0 µs    26.3 ms
# expect:
# expect: process ray::worker-4: ran 98.7 ms, GIL held 83.6% (82.5 ms), 0 switches (0/s), 0 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 4 MainThread   82.5 ms   62.6 µs      0 ns   16.1 ms         3         0   50.0 µs    27.5 ms
