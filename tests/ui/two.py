import threading

def count(name, n):
    total = 0
    for i in range(n):
        total += i
    print(name, "done", total)

a = threading.Thread(target=count, args=("A", 600000))
b = threading.Thread(target=count, args=("B", 600000))
a.start(); b.start()
a.join(); b.join()
print("main done")
