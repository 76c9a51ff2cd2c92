# ray actors: state kept in the actor's process, handles passed to tasks, num_returns, kill, misuse
# python3: skip
# args: --cores=4
import ray
import time
ray.init(num_cpus=2)

@ray.remote
class Counter:
    """Counts."""
    def __init__(self, start=0):
        self.n = start
        print("counter starts at", start)

    def incr(self, by=1):
        self.n += by
        return self.n

    def get(self):
        return self.n

    def pair(self):
        return self.n, -self.n

class Base:
    def hello(self):
        return "hello from " + type(self).__name__

@ray.remote
class Child(Base):
    def __init__(self):
        super().__init__()

@ray.remote
def use(counter, k):
    # a task calls the actor through the handle it was given
    return ray.get(counter.incr.remote(k))

c = Counter.remote(100)
print(ray.get(c.get.remote()))  # __init__ has run (and printed) before this returns
print(type(c).__name__, repr(c).startswith('Actor(Counter, '))
refs = [c.incr.remote() for _ in range(5)]
print(ray.get(refs))
print(ray.get(use.remote(c, 10)))
print(ray.get(c.get.remote()))
a, b = c.pair.options(num_returns=2).remote()
print(ray.get(a), ray.get(b))
d = Counter.remote()
one = ray.get(d.incr.remote())
print(one, ray.get(c.get.remote()))
print(ray.get(Child.remote().hello.remote()))
try:
    Counter()
except TypeError as e:
    print(e)
try:
    c.incr()
except TypeError as e:
    print(e)
try:
    c.nope
except AttributeError as e:
    print(e)
pending = c.incr.remote()
ray.kill(c)
for ref in (c.incr.remote(),):
    try:
        ray.get(ref)
    except ray.exceptions.RayActorError as e:
        print(type(e).__name__ + ':', e)
try:
    ray.kill(1)
except ValueError as e:
    print(e)
ray.shutdown()
# expect: (Counter pid=4243) counter starts at 100
# expect: 100
# expect: ActorHandle True
# expect: [101, 102, 103, 104, 105]
# expect: 115
# expect: 115
# expect: 115 -115
# expect: (Counter pid=4246) counter starts at 0
# expect: 1 115
# expect: hello from Child
# expect: Actors cannot be instantiated directly. Instead of 'Counter()', use 'Counter.remote()'.
# expect: Actor methods cannot be called directly. Instead of running 'object.incr()', try 'object.incr.remote()'.
# expect: 'ActorHandle' object has no attribute 'nope'
# expect: ActorDiedError: The actor is dead because it was killed by `ray.kill`.
# expect: ray.kill() only supported for actors. For tasks, try ray.cancel(). Got: <class 'int'>.
