# Indexing and slicing strings
s = "Python"
print(s[0], s[-1], s[2:4], s[:3], s[3:], s[::-1], s[::2], s[1::2])
print(s[-3:], s[:-3], s[10:], s[-100:2])
print(repr(s[4:2]), s[5:0:-1], s[::-2])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
for i, ch in enumerate("abc"):
    print(i, ch)

# expect: P n th Pyt hon nohtyP Pto yhn
# expect: hon Pyt  Py
# expect: '' nohty nhy
# expect: IndexError: string index out of range
# expect: 0 a
# expect: 1 b
# expect: 2 c
