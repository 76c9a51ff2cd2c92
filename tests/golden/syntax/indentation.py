# Blocks with various indentation widths
def f(n):
  if n > 0:
        return "pos"
  elif n < 0:
   return "neg"
  else:
      return "zero"
print(f(1), f(-1), f(0))
for i in range(2):
    for j in range(2):
            print(i, j)
if True:

    # blank line and comment inside a block
    print("done")

# expect: pos neg zero
# expect: 0 0
# expect: 0 1
# expect: 1 0
# expect: 1 1
# expect: done
