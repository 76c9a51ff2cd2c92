# A Semaphore lets at most two of five processes in at a time: each one
# records how many are inside (in a shared Value) and the highest count
# seen. BoundedSemaphore refuses a release beyond its initial value.
import multiprocessing as mp
import time

def guarded(sem, inside, highest):
    with sem:
        with inside.get_lock():
            inside.value += 1
            highest.value = max(highest.value, inside.value)
        time.sleep(0.05)
        with inside.get_lock():
            inside.value -= 1

if __name__ == '__main__':
    sem = mp.Semaphore(2)
    print(sem, sem.get_value())
    inside = mp.Value('i', 0)
    highest = mp.Value('i', 0)
    ps = [mp.Process(target=guarded, args=(sem, inside, highest)) for _ in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('highest', highest.value, 'inside', inside.value, sem.get_value())
    print(sem.acquire(), sem.acquire(), sem.acquire(block=False), sem.acquire(timeout=0.02))
    sem.release(); sem.release(); sem.release()
    print(sem)
    b = mp.BoundedSemaphore(2)
    b.acquire()
    b.release()
    print(b)
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)

# expect: <Semaphore(value=2)> 2
# expect: highest 2 inside 0 2
# expect: True True False False
# expect: <Semaphore(value=3)>
# expect: <BoundedSemaphore(value=2, maxvalue=2)>
# expect: ValueError: semaphore or lock released too many times
