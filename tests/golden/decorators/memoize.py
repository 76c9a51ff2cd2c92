# A memoizing decorator over a call-counting one: only the first call with
# a given argument reaches the function; unhashable arguments bypass the
# memo.
def countcalls(counts):
    def decorate(func):
        name = func.__name__
        counts[name] = 0

        def call(*args, **kwds):
            counts[name] += 1
            return func(*args, **kwds)
        call.__name__ = name
        return call
    return decorate


def memoize(func):
    saved = {}

    def call(*args):
        try:
            return saved[args]
        except KeyError:
            res = func(*args)
            saved[args] = res
            return res
        except TypeError:
            return func(*args)
    call.__name__ = func.__name__
    return call


counts = {}


@memoize
@countcalls(counts)
def double(x):
    return x * 2


print(double.__name__, counts)
print(double(2), counts['double'])
print(double(2), counts['double'])
print(double(3), counts['double'])
print(double([10]), counts['double'])
print(double([10]), counts['double'])
# expect: double {'double': 0}
# expect: 4 1
# expect: 4 1
# expect: 6 2
# expect: [10, 10] 3
# expect: [10, 10] 4
