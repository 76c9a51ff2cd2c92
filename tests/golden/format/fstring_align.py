# Width, alignment and fill in f-strings
s = "hi"
print(f"[{s:5}] [{s:<5}] [{s:>5}] [{s:^5}] [{s:^6}]")
print(f"[{s:*<5}] [{s:->5}] [{s:.^7}]")
n = 42
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:05}] [{n:=+6}]")
print(f"[{-n:06}] [{n:x>4}]")
print(f"[{3.14159:10.3f}] [{3.14159:<10.2f}] [{3.14159:^10.1f}]")
print(f"[{'toolong':3}]")

# expect: [hi   ] [hi   ] [   hi] [ hi  ] [  hi  ]
# expect: [hi***] [---hi] [..hi...]
# expect: [   42] [42   ] [ 42  ] [00042] [+   42]
# expect: [-00042] [xx42]
# expect: [     3.142] [3.14      ] [   3.1    ]
# expect: [toolong]
