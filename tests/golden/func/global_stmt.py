# global statement
counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
bump(); bump()
print(counter, read())
def make_new():
    global created
    created = "yes"
make_new()
print(created)
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)

# expect: 2 2
# expect: yes
# expect: local module
