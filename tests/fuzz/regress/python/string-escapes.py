x = "\N{EM DASH}\x41\u00e9\U0001F600\777\q"
print(len(x))
