# The thread that allocates past the cap gets the MemoryError, in that
# thread: its traceback goes to stderr (threading.excepthook), the others and
# the main thread go on. Threads share their process's heap and its cap.
# args: --max-memory=64M
# python3: skip
import threading

def hog():
    keep = []
    try:
        while True:
            keep.append([0] * 100000)
    except MemoryError:
        print("hog caught MemoryError in", threading.current_thread().name)

def chain():
    head = None
    while True:
        head = (head, 1)

def steady(out):
    total = 0
    for i in range(100000):
        total += i
    out.append(total)

out = []
for target, args, name in [(hog, (), "hog"), (chain, (), "chainer"), (steady, (out,), "steady")]:
    t = threading.Thread(target=target, args=args, name=name)
    t.start()
    t.join()
print("steady", out)
big = [0] * (5 * 10**6)
print("main still allocates:", len(big))
# expect: hog caught MemoryError in hog
# expect: steady [4999950000]
# expect: main still allocates: 5000000
# expect stderr: Exception in thread chainer:
# expect stderr: memory_threads.py", line 19, in chain
# expect stderr: head = (head, 1)
# expect stderr: MemoryError
