# print returns None
r = print("printing")
print(r)
values = [print("in list"), 1]
print(values)

# expect: printing
# expect: None
# expect: in list
# expect: [None, 1]
