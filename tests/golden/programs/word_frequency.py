# Word frequency counting with dicts and sorted
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
def normalize(word):
    return word.strip(".,;:!?\"'").lower()
counts = {}
for line in text.splitlines():
    for raw in line.split():
        w = normalize(raw)
        if w:
            counts[w] = counts.get(w, 0) + 1
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:6]:
    print(f"{word:<8}{n:>3} {'#' * n}")
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
once = sorted(w for w, n in counts.items() if n == 1)
print("hapax:", ", ".join(once))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:5]))

# expect: distinct words: 13
# expect: total words: 36
# expect: it        6 ######
# expect: of        6 ######
# expect: the       6 ######
# expect: was       6 ######
# expect: age       2 ##
# expect: epoch     2 ##
# expect: 2 ['it', 'of']
# expect: 3 ['age', 'the', 'was']
# expect: 4 ['best']
# expect: 5 ['epoch', 'times', 'worst']
# expect: 6 ['belief', 'wisdom']
# expect: 11 ['foolishness', 'incredulity']
# expect: hapax: belief, best, foolishness, incredulity, wisdom, worst
# expect: etsio
