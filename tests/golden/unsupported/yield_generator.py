# Generators are not supported by gilsim
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(3)))
# python3: skip
# expect stderr: SyntaxError: generators ('yield') are not supported
# exit: 2
