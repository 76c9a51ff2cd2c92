# Strings: building with join, f-strings, % and str.format, methods.
def main():
    for _ in range(6):
        work()


def work():
    lines = []
    for i in range(60000):
        name = "item" + str(i)
        lines.append(f"{name:>10}|{i * 3:06d}|{i / 7:.3f}")
    text = "\n".join(lines)
    words = text.replace("|", " ").split()
    upper = 0
    for w in words:
        if w.startswith("item"):
            upper += len(w.upper())
    parts = ["%s=%d" % ("k" + str(i), i) for i in range(30000)]
    joined = ",".join(parts)
    formatted = ["{}:{}".format(i, i * i) for i in range(30000)]
    print(len(text), len(words), upper, len(joined), formatted[-1])


main()
