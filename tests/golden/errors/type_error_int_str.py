# Uncaught TypeError from int + str
n = 5
s = "five"
print(n + s)

# expect stderr: Traceback (most recent call last):
# expect stderr: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# exit: 1
