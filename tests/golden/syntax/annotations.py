# Simple annotations are allowed and ignored at runtime
x: int = 3
y: str = "hi"
def add(a: int, b: int = 2) -> int:
    return a + b
print(x, y)
print(add(1), add(1, b=10))
def greet(name: str) -> str:
    return "hello " + name
print(greet("bob"))
class P:
    count: int = 0
    def __init__(self, v: float) -> None:
        self.v = v
print(P(2.5).v, P.count)

# expect: 3 hi
# expect: 3 11
# expect: hello bob
# expect: 2.5 0
