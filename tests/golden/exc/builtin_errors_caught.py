# Catching common builtin exceptions
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(str(e)))
show(lambda: 1 / 0)
show(lambda: 10 % 0)
show(lambda: [1][3])
show(lambda: (1,)[-5])
show(lambda: {"a": 1}["b"])
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: int("abc"))
show(lambda: undefined_name)
show(lambda: None.foo)
show(lambda: [].pop())
show(lambda: next(iter([])))
show(lambda: float("x"))
show(lambda: len(5))
show(lambda: "abc".index("z"))
show(lambda: chr(-1))
show(lambda: [1, 2, 3].index(7))
show(lambda: 5 / 0.0)
show(lambda: divmod(1, 0))

# expect: ZeroDivisionError: 'division by zero'
# expect: ZeroDivisionError: 'integer modulo by zero'
# expect: IndexError: 'list index out of range'
# expect: IndexError: 'tuple index out of range'
# expect: KeyError: "'b'"
# expect: TypeError: 'can only concatenate str (not "int") to str'
# expect: TypeError: "unsupported operand type(s) for +: 'int' and 'str'"
# expect: ValueError: "invalid literal for int() with base 10: 'abc'"
# expect: NameError: "name 'undefined_name' is not defined"
# expect: AttributeError: "'NoneType' object has no attribute 'foo'"
# expect: IndexError: 'pop from empty list'
# expect: StopIteration: ''
# expect: ValueError: "could not convert string to float: 'x'"
# expect: TypeError: "object of type 'int' has no len()"
# expect: ValueError: 'substring not found'
# expect: ValueError: 'chr() arg not in range(0x110000)'
# expect: ValueError: '7 is not in list'
# expect: ZeroDivisionError: 'float division by zero'
# expect: ZeroDivisionError: 'integer division or modulo by zero'
