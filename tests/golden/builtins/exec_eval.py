# compile(), exec() and eval(): namespaces, code objects, errors, tracebacks from "<string>"
print(eval("1 + 2"), eval("  x * 2", {"x": 21}))
g = {"a": 5}
exec("b = a * 2\nprint('inside', a, b)", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
code = compile("c = 3\nd = c + 1", "<mine>", "exec")
ns = {}
exec(code, ns)
print(ns["d"], type(code).__name__)
e = compile("a + 1", "f", "eval")
print(eval(e, {"a": 41}))
def f():
    y = 10
    return eval("y + 1"), eval("z", {"z": 2}, {"z": 3})
print(f())
exec("print('module level', __name__)")
exec("zz = 99")
print(zz)
loc = {}
exec("def sq(n):\n    return n * n\nr = sq(7)", {}, loc)
print(loc["r"], sorted(loc))
for bad in ["eval(42)", "exec('x', [])", "compile('x', 'f', 'bogus')", "eval('1 +')", "exec('raise ValueError(7)')",
            "compile(1, 'f', 'exec')", "eval('x\\0')"]:
    try:
        eval(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    exec("def g():\n    return 1/0\ng()")
except ZeroDivisionError as ex:
    import traceback
    lines = traceback.format_exc().splitlines()
    print("\n".join(lines[:1] + lines[3:]))   # line 2 names this file by its absolute path
# expect: 3 42
# expect: inside 5 10
# expect: ['a', 'b'] True
# expect: 4 code
# expect: 42
# expect: (11, 3)
# expect: module level __main__
# expect: 99
# expect: 49 ['r', 'sq']
# expect: TypeError eval() arg 1 must be a string, bytes or code object
# expect: TypeError exec() globals must be a dict, not list
# expect: ValueError compile() mode must be 'exec', 'eval' or 'single'
# expect: SyntaxError invalid syntax (<string>, line 1)
# expect: ValueError 7
# expect: TypeError compile() arg 1 must be a string, bytes or AST object
# expect: SyntaxError source code string cannot contain null bytes
# expect: Traceback (most recent call last):
# expect:   File "<string>", line 3, in <module>
# expect:   File "<string>", line 2, in g
# expect: ZeroDivisionError: division by zero
