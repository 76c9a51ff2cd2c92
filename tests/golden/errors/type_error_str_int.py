# Uncaught TypeError from str + int
s = "count: "
print(s + 3)

# expect stderr: Traceback (most recent call last):
# expect stderr: TypeError: can only concatenate str (not "int") to str
# exit: 1
