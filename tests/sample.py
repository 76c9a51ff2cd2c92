# A first gilsim program: single-threaded, plain Python 3.11.
# (It grows into lessons/lock.lesson, where threads share the counter.)


class Counter:
    """Counts events, the way a thread-safe counter will later."""

    def __init__(self, name):
        self.name = name
        self.value = 0

    def add(self, n=1):
        self.value += n
        return self.value

    def __repr__(self):
        return f"Counter({self.name!r}, value={self.value})"


def make_step(size):
    def step(counter):          # a closure over size
        return counter.add(size)
    return step


hits = Counter("hits")
by_two = make_step(2)
for _ in range(5):
    by_two(hits)
print(f"after five steps of 2: {hits}")

squares = [n * n for n in range(1, 8) if n % 2 == 1]
print(f"odd squares: {squares}, total {sum(squares)}")

table = {word: len(word) for word in ["gil", "thread", "lock"]}
for word, length in sorted(table.items()):
    print(f"  {word:<8}{length:>3}")

big = 2 ** 100
print(f"2**100 = {big} ({len(str(big))} digits)")

try:
    print(hits.value / (hits.value - 10))
except ZeroDivisionError as exc:
    print(f"caught {type(exc).__name__}: {exc}")
finally:
    print("finally runs either way")

print("%s ends at %d" % (hits.name, hits.value))
