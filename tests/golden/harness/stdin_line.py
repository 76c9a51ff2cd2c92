# `# stdin:` lines are the program's standard input.
# stdin: world
# stdin: 42
name = input()
number = int(input())
print(f"hello {name}")
print(number + 1)

# expect: hello world
# expect: 43
