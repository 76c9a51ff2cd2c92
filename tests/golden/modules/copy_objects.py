# copying instances
import copy
class Node:
    def __init__(self, val, children):
        self.val = val
        self.children = children
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2, []), Node(3, [])])
s = copy.copy(tree)
d = copy.deepcopy(tree)
tree.children.append(Node(4, []))
tree.val = 100
print(tree)
print(s)
print(d)
print(s.children is tree.children, d.children is tree.children)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
dp[0].append(1)
print(dp, dp[0] is dp[1])

# expect: Node(100, [Node(2, []), Node(3, []), Node(4, [])])
# expect: Node(1, [Node(2, []), Node(3, []), Node(4, [])])
# expect: Node(1, [Node(2, []), Node(3, [])])
# expect: True False
# expect: [[0, 1], [0, 1]] True
