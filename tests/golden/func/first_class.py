# Functions as values
def shout(s):
    return s.upper() + "!"
def whisper(s):
    return s.lower() + "..."
def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all([shout, whisper, len], "Hello"))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
print(shout.__name__, whisper.__name__)
f = shout
print(f is shout, f("x"), callable(f), callable(5))
def twice(fn):
    def wrapper(x):
        return fn(fn(x))
    return wrapper
print(twice(lambda x: x * 3)(2))
print(twice(shout)("a"))
def noop():
    pass
print(noop(), type(noop).__name__)

# expect: ['HELLO!', 'hello...', 5]
# expect: 5 6
# expect: shout whisper
# expect: True X! True False
# expect: 18
# expect: A!!
# expect: None function
