# Uncaught exception with no message
class Quiet(Exception):
    pass
print("raising")
raise Quiet

# expect: raising
# expect stderr: Traceback (most recent call last):
# expect stderr: Quiet
# exit: 1
