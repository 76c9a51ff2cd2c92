# Seed 000 (../shared/seeds/000_*.txt), its only code cell, unchanged.
# python3: skip (the reprs show thread idents, which differ from CPython's;
# the rest of the output is CPython's)
import threading

#def main():


def thread_job():
    print('This is a thread of %s \n' % threading.current_thread())

def main():
    thread = threading.Thread(target=thread_job,)
    thread.start()
    # see how many threads is running now
    print("There are", threading.active_count(), 'threads is running now\n') 

    # see the thread list
    print("The running threads list is:", threading.enumerate(), '\n') 

    # which one thread is running now
    print("The thread", threading.current_thread(), 'is running now\n') 
if __name__ == '__main__':
    main()

# expect: This is a thread of <Thread(Thread-1 (thread_job), started 140000008392704)> 
# expect:
# expect: There are 1 threads is running now
# expect:
# expect: The running threads list is: [<_MainThread(MainThread, started 140000000000000)>] 
# expect:
# expect: The thread <_MainThread(MainThread, started 140000000000000)> is running now
# expect:
