# gilsim rejects yield at compile time even if the function is never called
print("this line must not run")
def never_called():
    yield 1
# python3: skip
# expect stderr: SyntaxError: generators ('yield') are not supported
# exit: 2
