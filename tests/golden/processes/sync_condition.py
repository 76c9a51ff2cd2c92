# A Condition shared by a producer process and two consumer processes:
# consumers wait_for() items in a shared Array slot count, the producer
# notifies after each item. Waiting without holding the lock is an error,
# and wait() with a timeout returns False when nobody notifies.
import multiprocessing as mp

def consumer(cond, stock, taken, n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: stock.value > 0)
            stock.value -= 1
            taken.put(1)

def producer(cond, stock, n):
    for _ in range(n):
        with cond:
            stock.value += 1
            cond.notify()

if __name__ == '__main__':
    cond = mp.Condition()
    stock = mp.Value('i', 0, lock=False)
    taken = mp.Queue()
    consumers = [mp.Process(target=consumer, args=(cond, stock, taken, 3)) for _ in range(2)]
    for c in consumers:
        c.start()
    prod = mp.Process(target=producer, args=(cond, stock, 6))
    prod.start()
    print('taken', sum(taken.get() for _ in range(6)))
    for p in consumers + [prod]:
        p.join()
    print('left', stock.value, [p.exitcode for p in consumers + [prod]])
    try:
        cond.wait(0.01)
    except AssertionError as e:
        print('AssertionError:', e)
    with cond:
        print('timed out wait ->', cond.wait(0.05))
        print(cond.wait_for(lambda: stock.value == 0, 0.01))
    print(cond)

# expect: taken 6
# expect: left 0 [0, 0, 0]
# expect: AssertionError: must acquire() condition before using wait()
# expect: timed out wait -> False
# expect: True
# expect: <Condition(<RLock(None, 0)>, 0)>
