# bytes literals are not supported by gilsim
b = b"abc"
print(b)
# python3: skip
# expect stderr: SyntaxError: bytes literals are not supported
# exit: 2
