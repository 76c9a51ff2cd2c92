# Nested format specs
value = 3.14159265
for width in (8, 10):
    for prec in (1, 3):
        print(f"[{value:{width}.{prec}f}]")
align = "^"
print(f"[{'mid':{align}9}]")
fill = "*"
print(f"[{'x':{fill}>{5}}]")
spec = ".2f"
print(f"{value:{spec}}")
rows = [("apple", 1.5), ("kiwi", 12.25)]
w = max(len(r[0]) for r in rows)
for name, price in rows:
    print(f"{name:<{w}} | {price:>6.2f}")

# expect: [     3.1]
# expect: [   3.142]
# expect: [       3.1]
# expect: [     3.142]
# expect: [   mid   ]
# expect: [****x]
# expect: 3.14
# expect: apple |   1.50
# expect: kiwi  |  12.25
