# Adjacent string literals are concatenated
s = "abc" 'def' """ghi"""
print(s)
t = ("first part, "
     "second part, "
     'third part')
print(t)
print("x" r"\y" "z")
print(f"{1+1}" "two" f"{'!'}")

# expect: abcdefghi
# expect: first part, second part, third part
# expect: x\yz
# expect: 2two!
