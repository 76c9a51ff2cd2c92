# ray tasks: results, num_returns, .options, put/get copies, ObjectRef, bad arguments
# python3: skip
# args: --cores=4
import ray
print(ray.is_initialized())
ctx = ray.init(num_cpus=2)
print(ray.is_initialized(), ray.cluster_resources())

@ray.remote
def add(a, b=10):
    return a + b

@ray.remote(num_returns=2)
def divmod_task(a, b):
    return a // b, a % b

r = add.remote(1)
print(r)
print(type(r).__name__, len(r.hex()))
print(ray.get(r), ray.get(add.remote(1, b=2)))
q, m = divmod_task.remote(17, 5)
print(ray.get([q, m]))
x, y, z = add.options(num_returns=3).remote((1, 2), (3,))
print(ray.get([x, y, z]))
bad = add.options(num_returns=2).remote(1, 2)
try:
    ray.get(bad)
except ray.exceptions.RayTaskError as e:
    print(type(e.cause).__name__, str(e).splitlines()[-1])
big = ray.put(list(range(5)))
print(ray.get(add.remote(big, [5])))
nested = ray.put([big])
print(type(ray.get(nested)[0]).__name__)
print(ray.get([]))
data = {'k': [1, 2]}
ref = ray.put(data)
copy = ray.get(ref)
copy['k'].append(3)
print(data, ray.get(ref))
print(r == r, r != ray.put(1), len({r, r}))
try:
    add.options(bogus=1)
except ValueError as e:
    print(e)
try:
    ray.get(1)
except ValueError as e:
    print(e)
try:
    ray.get([r, 1])
except TypeError as e:
    print(e)
try:
    ray.put(r)
except TypeError as e:
    print(e)
try:
    add.options(num_gpus=1)
except NotImplementedError as e:
    print(e)
ray.shutdown()
ray.shutdown()
print(ray.is_initialized())
# expect: False
# expect: True {'CPU': 2.0}
# expect: ObjectRef(d6b4d38a6fa1c4c7ffffffffffffffffffffffff0100000001000000)
# expect: ObjectRef 56
# expect: 11 3
# expect: [3, 2]
# expect: [1, 2, 3]
# expect: ValueError ValueError: Task returned 1 objects, but num_returns=2.
# expect: [0, 1, 2, 3, 4, 5]
# expect: ObjectRef
# expect: []
# expect: {'k': [1, 2]} {'k': [1, 2]}
# expect: True True 1
# expect: Invalid option keyword bogus for remote functions. Valid ones are num_cpus, num_returns, name, max_retries, num_gpus, resources, retry_exceptions, runtime_env, memory, scheduling_strategy.
# expect: 'object_refs' must either be an ObjectRef or a list of ObjectRefs. Received <class 'int'>
# expect: Attempting to call `get` on the value 1, which is not an ray.ObjectRef.
# expect: Calling 'put' on an ray.ObjectRef is not allowed. If you really want to do this, you can wrap the ray.ObjectRef in a list and call 'put' on it.
# expect: ray (simulated by gilsim): GPUs (num_gpus) is not simulated
# expect: False
