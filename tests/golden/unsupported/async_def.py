# async functions are not supported by gilsim
async def main():
    return 1
print("never")
# python3: skip
# expect stderr: SyntaxError: 'async' is not supported
# exit: 2
