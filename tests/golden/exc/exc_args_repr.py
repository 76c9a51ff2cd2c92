# args, str and repr of exceptions
e = ValueError("bad")
print(e.args, str(e), repr(e))
e2 = ValueError("a", 2)
print(e2.args, str(e2), repr(e2))
e3 = Exception()
print(e3.args, repr(str(e3)), repr(e3))
print(repr(KeyError("k")), str(KeyError("k")), repr(str(KeyError())))
print(repr(ZeroDivisionError("division by zero")))
class MyErr(Exception):
    pass
print(repr(MyErr("x")), str(MyErr(1, 2)))
class WithStr(Exception):
    def __str__(self):
        return "custom message"
print(str(WithStr("ignored")), repr(WithStr("ignored")))
print(isinstance(e, Exception), type(e).__name__)

# expect: ('bad',) bad ValueError('bad')
# expect: ('a', 2) ('a', 2) ValueError('a', 2)
# expect: () '' Exception()
# expect: KeyError('k') 'k' ''
# expect: ZeroDivisionError('division by zero')
# expect: MyErr('x') (1, 2)
# expect: custom message WithStr('ignored')
# expect: True ValueError
