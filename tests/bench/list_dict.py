# Containers: list append/index/sort, dict get/set, membership tests.
def main():
    for _ in range(8):
        work()


def work():
    counts = {}
    items = []
    for i in range(200000):
        key = (i * 7919) % 5003
        counts[key] = counts.get(key, 0) + 1
        items.append(key)
    items.sort()
    seen = set()
    dupes = 0
    for x in items:
        if x in seen:
            dupes += 1
        else:
            seen.add(x)
    squares = [x * x for x in range(100000) if x % 3 == 0]
    lookup = {k: v for k, v in enumerate(squares)}
    total = 0
    for k in range(0, len(squares), 7):
        total += lookup[k]
    print(len(counts), dupes, items[12345], total)


main()
