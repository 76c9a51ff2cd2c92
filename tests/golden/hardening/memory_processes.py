# Each simulated process has its own heap and its own cap, as each CPython
# process has its own RSS: together they may hold more than one cap, and a
# child that passes its cap gets the MemoryError in the child.
# args: --max-memory=64M
# python3: skip
import multiprocessing as mp

def hold(n):
    big = [0] * n
    print("child holds", len(big))

def hog():
    keep = []
    while True:
        keep.append([0] * 100000)

if __name__ == "__main__":
    mine = [0] * (3 * 10**6)          # 24 MB here, and in a forked child's copy
    p = mp.Process(target=hold, args=(3 * 10**6,))
    p.start()
    p.join()
    print("child exit code", p.exitcode)
    q = mp.Process(target=hog)
    q.start()
    q.join()
    print("hog exit code", q.exitcode)
    print("parent holds", len(mine))
# expect: child holds 3000000
# expect: child exit code 0
# expect: hog exit code 1
# expect: parent holds 3000000
# expect stderr: Process Process-2:
# expect stderr: memory_processes.py", line 15, in hog
# expect stderr: MemoryError
