# __len__ and __bool__ drive truthiness
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called")
        return self.on
class Plain:
    pass
print(len(Box(3)), bool(Box(0)), bool(Box(2)))
if Flag(False):
    print("no")
else:
    print("flag off")
print(bool(Plain()))
print(not Box(0), Flag(True) and "yes")
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)

# expect: 3 False True
# expect: bool called
# expect: flag off
# expect: True
# expect: bool called
# expect: True yes
# expect: TypeError: object of type 'Plain' has no len()
