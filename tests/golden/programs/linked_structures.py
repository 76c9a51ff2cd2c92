# Linked list, stack and queue classes with __iter__ and __repr__
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in items:
            self.append(x)
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        return LinkedIter(self.head)
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __contains__(self, value):
        return any(v == value for v in self)
class LinkedIter:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __bool__(self):
        return bool(self.items)
    def __repr__(self):
        return f"Stack({self.items})"
class Queue:
    def __init__(self):
        self.inbox, self.outbox = [], []
    def put(self, x):
        self.inbox.append(x)
    def get(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()
    def __len__(self):
        return len(self.inbox) + len(self.outbox)
ll = LinkedList([1, 2, 3])
ll.prepend(0)
ll.append("four")
print(ll, len(ll), 3 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), [v for v in ll if isinstance(v, int)])
s = Stack()
for ch in "([{}])":
    if ch in "([{":
        s.push(ch)
    else:
        print("match", s.pop(), ch)
print(s, bool(s))
q = Queue()
for i in range(3):
    q.put(i)
print(q.get(), len(q))
q.put(10)
print([q.get() for _ in range(len(q))])
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(t) for t in ["()", "([)]", "{[()()]}", "((", ""]])

# expect: LinkedList([0, 1, 2, 3, 'four']) 5 True False
# expect: LinkedList(['four', 3, 2, 1, 0]) ['four', 3, 2, 1, 0] [3, 2, 1, 0]
# expect: match { }
# expect: match [ ]
# expect: match ( )
# expect: Stack([]) False
# expect: 0 2
# expect: [1, 2, 10]
# expect: [True, False, True, False, True]
