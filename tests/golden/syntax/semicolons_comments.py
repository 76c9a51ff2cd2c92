# Semicolons separate simple statements; comments are ignored
a = 1; b = 2; c = a + b
print(a, b, c)
x = 5  # trailing comment
# a full-line comment
    # an indented comment line is fine
print(x); print(x * 2);
if x: print("inline if body")
for i in range(3): print(i, end=",")
print()
while False: pass
def f(): return 42
print(f())
class C: pass
print(C.__name__)

# expect: 1 2 3
# expect: 5
# expect: 10
# expect: inline if body
# expect: 0,1,2,
# expect: 42
# expect: C
