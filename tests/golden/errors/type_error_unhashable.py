# Unhashable key
d = {}
d[[1, 2]] = 3

# expect stderr: Traceback (most recent call last):
# expect stderr: TypeError: unhashable type: 'list'
# exit: 1
