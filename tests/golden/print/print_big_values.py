# Printing long values
print(2 ** 300)
print("ab" * 40)
print(list(range(30)))
print({i: i * i for i in range(12)})
print([0.1 * i for i in range(8)])

# expect: 2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376
# expect: abababababababababababababababababababababababababababababababababababababababab
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]
# expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36, 7: 49, 8: 64, 9: 81, 10: 100, 11: 121}
# expect: [0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001]
