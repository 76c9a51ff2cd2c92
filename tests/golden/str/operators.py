# String operators: + * in comparisons
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1 == "")
print("a" < "b", "apple" < "apricot", "Z" < "a", "abc" < "abcd", "b" > "abcd")
print("abc" == "abc", "abc" != "ABC")
print("lo" in "hello", "hello" in "lo")
print(max("hello"), min("hello"))
print(sorted(["banana", "Apple", "cherry", "apple"]))
s = "x"
s += "y"
print(s)

# expect: abcd ababab xxx  True
# expect: True True True True True
# expect: True True
# expect: True False
# expect: o e
# expect: ['Apple', 'apple', 'banana', 'cherry']
# expect: xy
