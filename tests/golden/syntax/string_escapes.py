# Escape sequences in string literals
print("tab:\tend")
print("back\\slash")
print('single \' quote', "double \" quote")
print("hex \x41\x42\x43")
print("octal \101\102 \0end"[:-4] + "|")
print("unicode \u00e9 \u65e5 \U0001F600"[:11])
print(len("\U0001F600"))
print("bell\a"[-1] == chr(7))
print("nl\nnext")
print("cr" + "\r"[0:0] + "x")
print(ord("\f"), ord("\v"), ord("\b"), ord("\0"))
print("line\
continued")

# expect: tab:	end
# expect: back\slash
# expect: single ' quote double " quote
# expect: hex ABC
# expect: octal AB |
# expect: unicode é 日
# expect: 1
# expect: True
# expect: nl
# expect: next
# expect: crx
# expect: 12 11 8 0
# expect: linecontinued
