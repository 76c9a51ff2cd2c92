# One generator shared by two threads, each next() under a lock: every item
# is produced exactly once, and the generator's body runs on whichever
# thread resumed it (current_thread() inside it is the caller). A Condition
# makes the threads take turns, so the order is fixed.
import threading

def numbered():
    for i in range(6):
        yield i, threading.current_thread().name

gen = numbered()
lock = threading.Lock()
turn = threading.Condition()
state = {"next": "A", "done": False}
seen = []

def worker(me, other):
    while True:
        with turn:
            while state["next"] != me and not state["done"]:
                turn.wait()
            if state["done"]:
                return
            with lock:
                item = next(gen, None)
            if item is None:
                state["done"] = True
            else:
                seen.append(item)
            state["next"] = other
            turn.notify_all()

a = threading.Thread(target=worker, args=("A", "B"), name="A")
b = threading.Thread(target=worker, args=("B", "A"), name="B")
a.start()
b.start()
a.join()
b.join()
for value, ran_on in seen:
    print(value, "produced on thread", ran_on)

# many items, no turns: each still comes out once
def counter(n):
    for i in range(n):
        yield i

shared = counter(3000)
results = []
def pull():
    got = []
    while True:
        with lock:
            v = next(shared, None)
        if v is None:
            break
        got.append(v)
    results.append(got)

ts = [threading.Thread(target=pull) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
everything = sorted(v for got in results for v in got)
print(len(everything), everything == list(range(3000)))
# expect: 0 produced on thread A
# expect: 1 produced on thread B
# expect: 2 produced on thread A
# expect: 3 produced on thread B
# expect: 4 produced on thread A
# expect: 5 produced on thread B
# expect: 3000 True
