# Methods mutating state; methods calling methods
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def is_empty(self):
        return len(self._items) == 0
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return "Stack(" + ", ".join(repr(i) for i in self._items) + ")"
s = Stack()
s.push(1).push("two").push(3.0)
print(s, len(s))
print(s.pop(), s.pop(), s)
s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)

# expect: Stack(1, 'two', 3.0) 3
# expect: 3.0 two Stack(1)
# expect: IndexError: pop from empty stack
