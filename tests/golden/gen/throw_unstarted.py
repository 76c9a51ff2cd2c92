# throw() into a generator that has not started raises at once: its body
# never runs, not even a finally, and the generator is finished.
def gen():
    print("body runs")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("raised:", e)
print(list(g))
g2 = gen()
print(g2.close(), list(g2))
# expect: raised: early
# expect: []
# expect: None []
