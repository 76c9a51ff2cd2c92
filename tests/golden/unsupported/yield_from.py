# yield from is not supported by gilsim
def chain(a, b):
    yield from a
    yield from b
print(list(chain([1], [2])))
# python3: skip
# expect stderr: SyntaxError: generators ('yield') are not supported
# exit: 2
