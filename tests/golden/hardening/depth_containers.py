# Nested containers: comparing them, and their repr, str and formatting,
# recurse in C. Past the recursion limit that is a RecursionError, as in
# CPython ("in comparison", "while getting the repr of an object" — a depth
# limit, not the [...] of a cycle), never a crash. Shallower structures
# still compare, sort, search, key dicts and print.

def nest_list(n):
    a = []
    x = a
    for i in range(n):
        y = []
        x.append(y)
        x = y
    return a

def nest_tuple(n):
    a = ()
    for i in range(n):
        a = (a,)
    return a

def nest_dict(n):
    a = {}
    x = a
    for i in range(n):
        y = {}
        x["k"] = y
        x = y
    return a

def nest_frozenset(n):
    a = frozenset()
    for i in range(n):
        a = frozenset([a])
    return a

def nest_set(n):
    a = frozenset()
    for i in range(n):
        a = frozenset([a])
    return {a}

def attempt(label, f):
    try:
        r = f()
        print(label, (len(r), r[:12]) if isinstance(r, str) else r)
    except RecursionError as e:
        print(label, "RecursionError:", e)

for name, make in (("list", nest_list), ("tuple", nest_tuple), ("dict", nest_dict),
                   ("frozenset", nest_frozenset)):
    a, b = make(100000), make(100000)
    attempt(name + " ==", lambda: a == b)
    attempt(name + " !=", lambda: a != b)
    s, t = make(300), make(300)
    attempt(name + " == at 300", lambda: s == t)
    attempt(name + " is itself", lambda: a == a)

a, b = nest_list(100000), nest_list(100000)
attempt("list <", lambda: a < b)
attempt("list >=", lambda: a >= b)
attempt("in", lambda: a in [1, "x", b])
attempt("index", lambda: [1, "x", b].index(a))
attempt("count", lambda: [a, b].count(a))
attempt("remove", lambda: [1, b].remove(a))
attempt("sorted", lambda: sorted([a, b]))
attempt("max", lambda: max(a, b))
attempt("min of shallow", lambda: min([nest_list(3), [[]]]))

# Hashing a 5000-deep tuple works; the key comparison that follows recurses.
k1, k2 = nest_tuple(5000), nest_tuple(5000)
d = {k1: 42}
attempt("dict lookup", lambda: d[k2])
attempt("set membership", lambda: k2 in {k1})
attempt("dict lookup, same object", lambda: d[k1])
attempt("tuple keys at 300", lambda: {nest_tuple(300): 1}[nest_tuple(300)])

for name, make in (("list", nest_list), ("tuple", nest_tuple), ("dict", nest_dict), ("set", nest_set)):
    deep, shallow = make(100000), make(200)
    attempt(name + " repr", lambda: repr(deep))
    attempt(name + " str", lambda: str(deep))
    attempt(name + " repr at 200", lambda: repr(shallow))

deep = nest_list(100000)
attempt("format()", lambda: format(deep))
attempt("format(, '')", lambda: format(deep, ""))
attempt("str.format", lambda: "{}".format(deep))
attempt("str.format !r", lambda: "{!r}".format(deep))
attempt("f-string", lambda: f"{deep}")
attempt("f-string !r", lambda: f"{deep!r}")
attempt("f-string with spec", lambda: f"{deep:}")
attempt("%s", lambda: "%s" % (deep,))
attempt("%r", lambda: "%r" % (deep,))
attempt("ascii", lambda: ascii(deep))

cyc = [1]
cyc.append(cyc)
attempt("a cycle is not deep", lambda: repr(cyc))

# Exceptions holding exceptions: str() and repr() recurse through args.
e = ValueError("bottom")
for i in range(100000):
    e = ValueError(e)
attempt("exception str", lambda: str(e))
attempt("exception repr", lambda: repr(e))

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return "Node(%r)" % (self.nxt,)

n = None
for i in range(100000):
    n = Node(n)
attempt("__repr__ recursion", lambda: repr(n))
n = None
for i in range(100):
    n = Node(n)
attempt("__repr__ at 100", lambda: repr(n))

try:
    print(deep)
except RecursionError as x:
    print("print RecursionError:", x)

# expect: list == RecursionError: maximum recursion depth exceeded in comparison
# expect: list != RecursionError: maximum recursion depth exceeded in comparison
# expect: list == at 300 True
# expect: list is itself True
# expect: tuple == RecursionError: maximum recursion depth exceeded in comparison
# expect: tuple != RecursionError: maximum recursion depth exceeded in comparison
# expect: tuple == at 300 True
# expect: tuple is itself True
# expect: dict == RecursionError: maximum recursion depth exceeded in comparison
# expect: dict != RecursionError: maximum recursion depth exceeded in comparison
# expect: dict == at 300 True
# expect: dict is itself True
# expect: frozenset == RecursionError: maximum recursion depth exceeded in comparison
# expect: frozenset != RecursionError: maximum recursion depth exceeded in comparison
# expect: frozenset == at 300 True
# expect: frozenset is itself True
# expect: list < RecursionError: maximum recursion depth exceeded in comparison
# expect: list >= RecursionError: maximum recursion depth exceeded in comparison
# expect: in RecursionError: maximum recursion depth exceeded in comparison
# expect: index RecursionError: maximum recursion depth exceeded in comparison
# expect: count RecursionError: maximum recursion depth exceeded in comparison
# expect: remove RecursionError: maximum recursion depth exceeded in comparison
# expect: sorted RecursionError: maximum recursion depth exceeded in comparison
# expect: max RecursionError: maximum recursion depth exceeded in comparison
# expect: min of shallow [[]]
# expect: dict lookup RecursionError: maximum recursion depth exceeded in comparison
# expect: set membership RecursionError: maximum recursion depth exceeded in comparison
# expect: dict lookup, same object 42
# expect: tuple keys at 300 1
# expect: list repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: list str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: list repr at 200 (402, '[[[[[[[[[[[[')
# expect: tuple repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: tuple str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: tuple repr at 200 (602, '((((((((((((')
# expect: dict repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: dict str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: dict repr at 200 (1402, "{'k': {'k': ")
# expect: set repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: set str RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: set repr at 200 (2613, '{frozenset({')
# expect: format() RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: format(, '') RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: str.format RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: str.format !r RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: f-string RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: f-string !r RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: f-string with spec RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: %s RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: %r RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: ascii RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: a cycle is not deep (10, '[1, [...]]')
# expect: exception str RecursionError: maximum recursion depth exceeded while getting the str of an object
# expect: exception repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: __repr__ recursion RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: __repr__ at 100 (604, 'Node(Node(No')
# expect: print RecursionError: maximum recursion depth exceeded while getting the repr of an object
