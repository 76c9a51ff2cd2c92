# With --switch-points=every (the pre-3.10 behaviour: the eval breaker is
# polled at every instruction), `x += 1` can be interrupted between its
# load and its store: updates are lost (N is large enough for some twenty
# forced switches; each has 3 chances in 7 to fall inside `x += 1`).
# python3: skip (gilsim option)
# args: --switch-points=every
import threading

N = 1000000
x = 0

def plus_equals():
    global x
    for i in range(N):
        x += 1

ts = [threading.Thread(target=plus_equals) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(x, 'lost' if x < 4 * N else 'no update lost')
# expect: 2798811 lost
