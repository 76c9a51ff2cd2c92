# Seed 001, cell 1, unchanged: start, join, active_count, enumerate.
# python3: skip (the reprs show thread idents, which differ from CPython's;
# the rest of the output is CPython's)
import threading
import time

def thread_job():
    print('thread_job start\n')
    print('This is a thread of %s \n' % threading.current_thread())
    print('thread_job finish\n')

def main():
    # add a new thread
    thread = threading.Thread(target=thread_job, name="thread_job")

    # start a thread
    thread.start()

    # wait this thread finished running, then run following code. Also called `block thread`
    thread.join()

    # see how many threads is running now
    print("There are", threading.active_count(), 'threads is running now\n') 

    # see the thread list
    print("The running threads list is:", threading.enumerate(), '\n') 

    # which one thread is running now
    print("The thread", threading.current_thread(), 'is running now\n') 

if __name__ == '__main__':
    main()
# expect: thread_job start
# expect:
# expect: This is a thread of <Thread(thread_job, started 140000008392704)> 
# expect:
# expect: thread_job finish
# expect:
# expect: There are 1 threads is running now
# expect:
# expect: The running threads list is: [<_MainThread(MainThread, started 140000000000000)>] 
# expect:
# expect: The thread <_MainThread(MainThread, started 140000000000000)> is running now
# expect:
