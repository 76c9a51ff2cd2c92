# Recursive generators walk a binary search tree in order, with plain for
# loops and with yield from; an explicit-stack version agrees.
class Node:
    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right

    def __iter__(self):
        return in_order(self)

def build(keys):
    if not keys:
        return None
    mid = len(keys) // 2
    return Node(keys[mid], build(keys[:mid]), build(keys[mid + 1:]))

def in_order(node):
    if node:
        for k in in_order(node.left):
            yield k
        yield node.key
        for k in in_order(node.right):
            yield k

def pre_order(node):
    if node:
        yield node.key
        yield from pre_order(node.left)
        yield from pre_order(node.right)

def depth_first(node):
    stack, out = [], node
    while stack or out:
        while out:
            stack.append(out)
            out = out.left
        out = stack.pop()
        yield out.key
        out = out.right

root = build("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print("".join(root))
print("".join(pre_order(root)))
print("".join(depth_first(root)) == "".join(in_order(root)))

def paths(node, prefix=""):
    if node is None:
        return
    here = prefix + node.key
    if node.left is None and node.right is None:
        yield here
    yield from paths(node.left, here)
    yield from paths(node.right, here)

print(list(paths(build("abcdefg"))))
# expect: ABCDEFGHIJKLMNOPQRSTUVWXYZ
# expect: NGDBACFEKIHJMLURPOQTSXWVZY
# expect: True
# expect: ['dba', 'dbc', 'dfe', 'dfg']
