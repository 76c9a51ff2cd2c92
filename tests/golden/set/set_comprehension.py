# Set comprehensions and dedup
print({x % 4 for x in range(20)})
print({x * x for x in [-2, -1, 0, 1, 2]})
words = ["a", "bb", "cc", "ddd"]
print({len(w) for w in words})
print(sorted({w[0] for w in ["apple", "avocado", "banana"]}))
nums = [5, 3, 5, 1, 3]
seen = set()
unique = []
for n in nums:
    if n not in seen:
        seen.add(n)
        unique.append(n)
print(unique)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)

# expect: {0, 1, 2, 3}
# expect: {0, 1, 4}
# expect: {1, 2, 3}
# expect: ['a', 'b']
# expect: [5, 3, 1]
# expect: TypeError: unhashable type: 'list'
