# inf and nan
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan)
print(float('-inf'), float('Infinity'), float('NaN'), float('  -Inf '))
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf + 1, inf - inf, inf * 0, inf * -1)
print(1 / inf, -1 / inf)
print(repr(inf), repr(nan))
print([inf, nan])
print(1e308 * 10)
print(max(1, inf), min(-inf, 5))

# expect: inf -inf nan
# expect: -inf inf nan -inf
# expect: True True True
# expect: False True False False
# expect: inf nan nan -inf
# expect: 0.0 -0.0
# expect: inf nan
# expect: [inf, nan]
# expect: inf
# expect: inf -inf
