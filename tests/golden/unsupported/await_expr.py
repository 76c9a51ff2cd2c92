# await is not supported by gilsim
async def f():
    await g()
print("never")
# python3: skip
# expect stderr: SyntaxError: 'async' is not supported
# exit: 2
