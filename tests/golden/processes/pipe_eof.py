# A Pipe reports end of file once every copy of its write end is closed:
# the parent closes its own copy after starting the child, then reads until
# EOFError. A child that ends without closing closes its ends by ending.
# The same under spawn, for a one-way Pipe(duplex=False), and for a
# connection passed through a Queue (closed here once the child has it).
import multiprocessing as mp

def producer(conn, n):
    for i in range(n):
        conn.send(i * i)
    conn.close()

def quiet_exit(conn):
    conn.send('last words')       # no close(): the end closes when the process does

def via_queue(q):
    conn = q.get()
    conn.send('through the queue')
    conn.send('and again')
    conn.close()

def drain(conn):
    got = []
    while True:
        try:
            got.append(conn.recv())
        except EOFError:
            return got

if __name__ == '__main__':
    for method in ('fork', 'spawn'):
        ctx = mp.get_context(method)
        reader, writer = ctx.Pipe()
        p = ctx.Process(target=producer, args=(writer, 4))
        p.start()
        writer.close()
        print(method, drain(reader), reader.poll())
        p.join()

    reader, writer = mp.Pipe(duplex=False)
    print(reader.readable, reader.writable, writer.readable, writer.writable)
    p = mp.Process(target=quiet_exit, args=(writer,))
    p.start()
    writer.close()
    print(drain(reader))
    p.join()

    reader, writer = mp.Pipe()
    q = mp.Queue()
    p = mp.Process(target=via_queue, args=(q,))
    p.start()
    q.put(writer)
    first = reader.recv()         # the child has its copy now
    writer.close()
    print(first, drain(reader))
    p.join()
    try:
        reader.recv()
    except EOFError:
        print('still EOFError')
    reader.close()
    try:
        reader.recv()
    except OSError as e:
        print('OSError:', e)

# expect: fork [0, 1, 4, 9] True
# expect: spawn [0, 1, 4, 9] True
# expect: True False False True
# expect: ['last words']
# expect: through the queue ['and again']
# expect: still EOFError
# expect: OSError: handle is closed
