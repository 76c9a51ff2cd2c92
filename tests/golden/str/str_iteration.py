# Iterating and building strings
s = "Mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([c for c in s if c in "aeiou"])
print("".join(sorted(set(s))))
print(list(reversed("abc")), list("hi"))
out = ""
for i in range(5):
    out += str(i)
print(out)
print(s.lower().count("ss"))

# expect: {'M': 1, 'i': 4, 's': 4, 'p': 2}
# expect: ['i', 'i', 'i', 'i']
# expect: Mips
# expect: ['c', 'b', 'a'] ['h', 'i']
# expect: 01234
# expect: 2
