# ray.wait and ray.get timeouts on the virtual clock; num_cpus holds CPUs (a task waits for them)
# python3: skip
# backend: virtual-only
# args: --cores=4
import ray
import time
import gilsim
ray.init(num_cpus=4)

@ray.remote
def nap(seconds):
    time.sleep(seconds)
    return seconds

ray.get(nap.remote(0))          # the workers are up
t0 = gilsim.now()
refs = [nap.remote(s) for s in (0.4, 0.1, 0.3, 0.2)]
ready, rest = ray.wait(refs)
print([ray.get(r) for r in ready], len(rest), round(gilsim.now() - t0, 1))
ready, rest = ray.wait(refs, num_returns=3)
t = round(gilsim.now() - t0, 1)
print(ray.get(ready), t, rest == [refs[0]])
ready, rest = ray.wait(refs, num_returns=4, timeout=0.05)
print(len(ready), len(rest), round(gilsim.now() - t0, 2))
ready, rest = ray.wait(refs, num_returns=4, timeout=0)
print(len(ready), len(rest))
ready, rest = ray.wait(refs, num_returns=4)
print(ray.get(ready), rest, round(gilsim.now() - t0, 1))
# the order of the list, not of completion
ready, rest = ray.wait(refs, num_returns=2)
print(ray.get(ready))
# five tasks on four CPUs: the fifth waits in the queue for a free worker
t0 = gilsim.now()
refs = [nap.remote(0.5) for _ in range(5)]
ready, rest = ray.wait(refs, num_returns=5, timeout=0.7)
print(len(ready), len(rest), round(gilsim.now() - t0, 1))
ray.get(rest)
print(round(gilsim.now() - t0, 1))
for bad in ([refs[0], refs[0]], refs[0], [1]):
    try:
        ray.wait(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for n in (0, 6):
    try:
        ray.wait(refs, num_returns=n)
    except ValueError as e:
        print(e)
try:
    ray.get(nap.remote(1), timeout=0.2)
except ray.exceptions.GetTimeoutError as e:
    print(type(e).__name__ + ':', e, isinstance(e, TimeoutError))

# num_cpus: two tasks of 2 CPUs hold all 4; a third task waits for them
@ray.remote(num_cpus=2)
def wide(seconds):
    time.sleep(seconds)
    return 'wide'

t0 = gilsim.now()
refs = [wide.remote(0.2), wide.remote(0.2), nap.remote(0.2)]
print(ray.get(refs), round(gilsim.now() - t0, 1))
print(ray.available_resources())
# expect: [0.1] 3 0.1
# expect: [0.1, 0.3, 0.2] 0.3 True
# expect: 3 1 0.35
# expect: 3 1
# expect: [0.4, 0.1, 0.3, 0.2] [] 0.4
# expect: [0.4, 0.1]
# expect: 4 1 0.7
# expect: 1.0
# expect: ValueError: Wait requires a list of unique object refs.
# expect: TypeError: wait() expected a list of ray.ObjectRef, got a single ray.ObjectRef
# expect: TypeError: wait() expected a list of ray.ObjectRef, got list containing <class 'int'>
# expect: Invalid number of objects to return 0.
# expect: num_returns cannot be greater than the number of objects provided to ray.wait.
# expect: GetTimeoutError: Get timed out: some object(s) not ready. True
# expect: ['wide', 'wide', 0.2] 0.4
# expect: {'CPU': 3.0}
