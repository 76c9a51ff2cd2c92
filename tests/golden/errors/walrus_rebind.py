# := cannot rebind a comprehension's own loop variable (a SyntaxError before anything runs)
print("never printed")
squares = [i := i * i for i in range(3)]

# expect stderr: walrus_rebind.py", line 3
# expect stderr: squares = [i := i * i for i in range(3)]
# expect stderr:            ^
# expect stderr: SyntaxError: assignment expression cannot rebind comprehension iteration variable 'i'
# exit: 2
