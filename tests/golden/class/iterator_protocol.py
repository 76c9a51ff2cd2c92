# __iter__ / __next__ iterator class
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
for n in Countdown(2):
    print(n)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(3)
print(list(r), list(r), sum(r), max(r))
print([x * 2 for x in Range2(2)])
a, b = Range2(2)
print(a, b)

# expect: [3, 2, 1]
# expect: 2
# expect: 1
# expect: 2 1 done
# expect: [3, 2, 1] [3, 2, 1] 6 3
# expect: [4, 2]
# expect: 2 1
