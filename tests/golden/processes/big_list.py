# A 200,000-item list crossing to children: Pool.map over it (16 chunks of
# 12,500), as one argument of apply(), through a Queue, and as a Process
# argument; results come back in order.
import multiprocessing as mp

def double(x):
    return 2 * x

def total(xs):
    return sum(xs)

def count(xs, q):
    q.put(len(xs))

if __name__ == '__main__':
    data = list(range(200000))
    with mp.Pool(4) as pool:
        r = pool.map(double, data)
        print(len(r), r[:3], r[-1], sum(r))
        print(pool.apply(total, (data,)))
        print(pool.map(total, [data, data[:10], []]))
    q = mp.Queue()
    p = mp.Process(target=count, args=(data, q))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
    q.put(data)
    back = q.get()
    print(back == data, back is data)

# expect: 200000 [0, 2, 4] 399998 39999800000
# expect: 19999900000
# expect: [19999900000, 45, 0]
# expect: 200000
# expect: 0
# expect: True False
