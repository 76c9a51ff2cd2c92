# sort with key and reverse; stability
nums = [5, 2, 9, 1, 5, 6]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ["banana", "pie", "Apple", "fig", "cherry"]
words.sort(); print(words)
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(); print(pairs)
r = nums.sort()
print(r)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)

# expect: [1, 2, 5, 5, 6, 9]
# expect: [9, 6, 5, 5, 2, 1]
# expect: ['Apple', 'banana', 'cherry', 'fig', 'pie']
# expect: ['fig', 'pie', 'Apple', 'banana', 'cherry']
# expect: ['Apple', 'banana', 'cherry', 'fig', 'pie']
# expect: ['banana', 'cherry', 'Apple', 'fig', 'pie']
# expect: [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]
# expect: [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]
# expect: None
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
