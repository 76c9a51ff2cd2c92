# async with / async for are not supported by gilsim
async def f(xs):
    async for x in xs:
        pass
# python3: skip
# expect stderr: SyntaxError: 'async' is not supported
# exit: 2
