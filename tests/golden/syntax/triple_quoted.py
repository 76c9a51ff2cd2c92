# Triple-quoted strings
s = """line one
line two
  indented"""
print(s)
t = '''it's "quoted" here'''
print(t)
u = """\
no leading newline"""
print(u)
print(len("""a
b"""))
print(repr("""x
y"""))

# expect: line one
# expect: line two
# expect:   indented
# expect: it's "quoted" here
# expect: no leading newline
# expect: 3
# expect: 'x\ny'
