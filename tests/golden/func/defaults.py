# Default arguments
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Ann", "Hi"))
print(greet("Ann", punct="?"))
print(greet(punct=".", name="Bo"))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show())

# expect: Hello, Ann!
# expect: Hi, Ann!
# expect: Hello, Ann?
# expect: Hello, Bo.
# expect: 10
