# Uncaught NameError
print("start")
print(qqq)

# expect: start
# expect stderr: Traceback (most recent call last):
# expect stderr: NameError: name 'qqq' is not defined
# exit: 1
