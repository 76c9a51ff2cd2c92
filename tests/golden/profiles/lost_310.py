# Lost updates under the 3.10 profile (1 ms interval: many forced switches in a
# short run), CPYTHON-MEASURED.md's two telling rows:
# four threads run `x += 1` (3.9 polls the eval breaker between the add and
# the store: many updates are lost; 3.10+ poll only at calls and
# backward jumps: none), then `lst.append(len(lst))` (3.10 polls after the
# len() call, so another thread can append in between: duplicates; 3.11+
# call len() through a specialised instruction that does not poll).
# python3: skip (the 3.10 profile's figures)
# backend: virtual-only (forced switches at virtual times)
# args: --python=3.10 --switch-interval=1ms
import threading

N = 200000
x = 0
lst = []


def plus_equals():
    global x
    for i in range(N):
        x += 1


def append_len():
    for i in range(N):
        lst.append(len(lst))


for fn in (plus_equals, append_len):
    ts = [threading.Thread(target=fn) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
lost = 4 * N - x
dups = len(lst) - len(set(lst))
print('x += 1:', 'lost %.0f%%' % (100.0 * lost / (4 * N)) if lost else 'no update lost')
print('append(len):', len(lst) == 4 * N and 'no append lost,' or 'appends lost,',
      '%d duplicates' % dups if dups else 'no duplicates')
# expect: x += 1: no update lost
# expect: append(len): no append lost, 4 duplicates
