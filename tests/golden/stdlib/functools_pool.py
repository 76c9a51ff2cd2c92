# A ThreadPoolExecutor mapping a partial over inputs, combining the results
# with reduce; an lru_cache'd helper is shared by the workers.
import concurrent.futures
import functools
import operator


def scaled_sum(values, factor, offset=0):
    return sum(v * factor for v in values) + offset


def digit_sum(n):
    return sum(int(d) for d in str(n))


digit_sum = functools.lru_cache(maxsize=None)(digit_sum)
job = functools.partial(scaled_sum, factor=3, offset=1)
batches = [list(range(i, i + 5)) for i in range(0, 50, 5)]
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    partials = list(pool.map(job, batches))
    digits = list(pool.map(digit_sum, [123, 456, 123, 789, 456]))
print(partials)
print(functools.reduce(operator.add, partials), digits, digit_sum.cache_info().currsize)
print(functools.reduce(lambda a, b: a if a[1] >= b[1] else b, enumerate(partials)))

# expect: [31, 106, 181, 256, 331, 406, 481, 556, 631, 706]
# expect: 3685 [6, 15, 6, 24, 15] 3
# expect: (9, 706)
