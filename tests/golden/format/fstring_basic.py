# Basic f-strings
name = "Ada"
age = 36
print(f"{name} is {age}")
print(f"{age + 1} next year, {name.upper()}")
print(f"{{literal braces}} {name!r} {name!s}")
print(f"{[1, 2][0]} {'x' * 3} {len(name)}")
d = {"k": 5}
print(f"{d['k']} {d}")
print(f"{3.5} {None} {True}")
print(F"capital F {1}")
print(f"{'nested ' + f'{age}'}")

# expect: Ada is 36
# expect: 37 next year, ADA
# expect: {literal braces} 'Ada' Ada
# expect: 1 xxx 3
# expect: 5 {'k': 5}
# expect: 3.5 None True
# expect: capital F 1
# expect: nested 36
