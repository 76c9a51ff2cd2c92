# Suspended generators keep their locals, their stack and their delegates
# alive across collections: the heap is kept small so that the collector
# runs many times while thousands of generators are paused.
# args: --max-memory=24M

def holder(i):
    data = [i] * 50
    text = "item %d" % i
    got = yield len(data)
    data.append(got)
    yield text, sum(data)

def delegating(i):
    result = yield from holder(i)
    yield result

gens = [delegating(i) for i in range(3000)]
print(sum(next(g) for g in gens))
for round in range(20):
    garbage = [[j] * 20 for j in range(2000)]
results = [g.send(i) for i, g in enumerate(gens)]
print(results[0], results[1234], results[-1])
print(sum(s for _, s in results))
# expect: 150000
# expect: ('item 0', 0) ('item 1234', 62934) ('item 2999', 152949)
# expect: 229423500
