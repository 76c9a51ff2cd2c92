# Uncaught ZeroDivisionError from modulo
print(7 % 3)
print(7 % 0)

# expect: 1
# expect stderr: Traceback (most recent call last):
# expect stderr: ZeroDivisionError: integer modulo by zero
# exit: 1
