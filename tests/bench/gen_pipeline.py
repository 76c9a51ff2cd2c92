# A generator pipeline: every item passes through four generators (a yield
# from delegation to a range, a scaling stage, a differencing stage and a
# generator expression) into sum().
def numbers(n):
    yield from range(n)


def scaled(items, k):
    for x in items:
        yield x * k


def steps(items):
    prev = 0
    for x in items:
        yield x - prev + (x & 7)
        prev = x


def pipeline(n):
    return sum(d % 10 for d in steps(scaled(numbers(n), 3)))


print(pipeline(1500000))
