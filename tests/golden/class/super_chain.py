# super() calls through several levels
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "base"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def hello(self):
        return "mid>" + super().hello()
class Top(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Top")
    def hello(self):
        return "top>" + super().hello()
t = Top()
print(t.log, t.hello())
class Inherits(Top):
    pass
print(Inherits().hello(), Inherits().log)

# expect: ['Base', 'Mid', 'Top'] top>mid>base
# expect: top>mid>base ['Base', 'Mid', 'Top']
