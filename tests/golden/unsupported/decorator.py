# Decorators are not supported by gilsim
def deco(f):
    return f
@deco
def g():
    return 1
print(g())
# python3: skip
# expect stderr: SyntaxError: decorators are not supported
# exit: 2
