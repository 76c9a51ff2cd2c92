# Float literal forms
print(1.5, .5, 5., 1e3, 1E-3)
print(1_000.000_1)
print(2.5e+2, 2.5e-2)
print(1e308, 1e-308)
print(0.0, -0.0)
print(3.14_15)
print(1e0, 10e-1)

# expect: 1.5 0.5 5.0 1000.0 0.001
# expect: 1000.0001
# expect: 250.0 0.025
# expect: 1e+308 1e-308
# expect: 0.0 -0.0
# expect: 3.1415
# expect: 1.0 1.0
