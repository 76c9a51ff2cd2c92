# __getitem__ receives slice objects
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return Seq(self.data[key])
        print("index", key)
        return self.data[key]
    def __repr__(self):
        return "Seq(%r)" % (self.data,)
s = Seq([10, 20, 30, 40])
print(s[1])
print(s[1:3])
print(s[::-1])
print(s[-1])

# expect: index 1
# expect: 20
# expect: slice 1 3 None
# expect: Seq([20, 30])
# expect: slice None None -1
# expect: Seq([40, 30, 20, 10])
# expect: index -1
# expect: 40
