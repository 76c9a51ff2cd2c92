# pass and empty-ish bodies
def nothing():
    pass
print(nothing())
class Empty:
    pass
print(type(Empty()).__name__)
for _ in range(3):
    pass
if True:
    pass
else:
    print("no")
while False:
    pass
def doc_only():
    "Just a docstring"
print(doc_only(), doc_only.__doc__)

# expect: None
# expect: Empty
# expect: None Just a docstring
