# The walrus operator is not supported by gilsim
data = [1, 2, 3]
if (n := len(data)) > 2:
    print(n)
# python3: skip
# expect stderr: SyntaxError: assignment expressions (':=') are not supported
# exit: 2
