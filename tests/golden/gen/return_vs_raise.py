# `return` and `raise StopIteration` differ inside try statements: return
# just leaves (an except clause does not see it, a finally still runs and
# may even yield), while a raised StopIteration is an ordinary exception.
def returns_in_try():
    try:
        return
    except:
        yield "never"

def raises_in_try():
    try:
        raise StopIteration
    except:
        yield "caught StopIteration"

def returns_through_finally():
    try:
        return
    finally:
        yield "finally yields"

def nested():
    try:
        yield 1
        try:
            yield 2
            1 // 0
            yield 3
        except ZeroDivisionError:
            yield 4
            yield 5
            raise
        except:
            yield 6
        yield 7
    except:
        yield 8
    yield 9
    try:
        x = 12
    finally:
        yield 10
    yield 11

print(list(returns_in_try()), list(raises_in_try()), list(returns_through_finally()))
print(list(nested()))

def yields_none():
    for i in range(3):
        yield None
    yield
    return
print(list(yields_none()))

def yrange(n):
    for i in range(n):
        yield i

def creator():
    r = yrange(4)
    print("creator", next(r))
    return r

def caller():
    for i in creator():
        print("caller", i)

caller()

def failing():
    yield 1 // 0
    yield 42

k = failing()
try:
    next(k)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(k, "cannot be resumed"))
# expect: [] ['caught StopIteration'] ['finally yields']
# expect: [1, 2, 4, 5, 8, 9, 10, 11]
# expect: [None, None, None, None]
# expect: creator 0
# expect: caller 1
# expect: caller 2
# expect: caller 3
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: cannot be resumed
