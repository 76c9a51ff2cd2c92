# The classic Pipe mistake: the parent keeps its own copy of the write end
# open, so the end of file never comes. CPython waits forever in recv();
# gilsim sees that nothing can ever write and reports the deadlock.
import multiprocessing as mp

def producer(conn):
    conn.send('only message')
    conn.close()

if __name__ == '__main__':
    reader, writer = mp.Pipe()
    p = mp.Process(target=producer, args=(writer,))
    p.start()
    p.join()
    print(reader.recv())
    print(reader.recv())          # writer is still open here: no EOFError

# python3: skip (CPython blocks in recv() forever)
# expect: only message
# expect stderr: deadlock: every thread is blocked
# expect stderr: MainThread waits for Connection.recv
# exit: 3
