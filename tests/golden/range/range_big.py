# Ranges beyond 64-bit bounds (CPython allows any int).
# todo: gilsim's ranges have 64-bit bounds for now
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19])

# expect: 99999999999999999999 True 10000000000000000000
