# Seed 001, cell 4, unchanged: a Lock keeps the two jobs' output apart.
import threading

def job1():
    global A, lock
    lock.acquire()
    for i in range(10):
        A += 1
        print('job1', A)
    lock.release()

def job2():
    global A, lock
    lock.acquire()
    for i in range(10):
        A += 10
        print('job2', A)
    lock.release()

if __name__ == '__main__':
    lock = threading.Lock()
    A = 0
    t1 = threading.Thread(target=job1)
    t2 = threading.Thread(target=job2)
    t1.start()
    t2.start()
    t1.join()
    t2.join()
# expect: job1 1
# expect: job1 2
# expect: job1 3
# expect: job1 4
# expect: job1 5
# expect: job1 6
# expect: job1 7
# expect: job1 8
# expect: job1 9
# expect: job1 10
# expect: job2 20
# expect: job2 30
# expect: job2 40
# expect: job2 50
# expect: job2 60
# expect: job2 70
# expect: job2 80
# expect: job2 90
# expect: job2 100
# expect: job2 110
