# Fork copies the parent's memory and pickles nothing to start a child:
# a lambda, a closure and a function defined under the __main__ guard all
# work as Process targets (spawn refuses the first two and cannot find the
# third). What goes to a Pool's workers later is still pickled: a lambda
# task fails there, under fork too.
import multiprocessing as mp

def make_adder(n):
    def add(q, x):
        q.put(x + n)
    return add

if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=lambda: q.put('from a lambda'))
    p.start()
    print(q.get())
    p.join()
    p = mp.Process(target=make_adder(5), args=(q, 10))
    p.start()
    print(q.get())
    p.join()

    def guarded(q, scale=3):
        q.put(('guarded', __name__, scale * 7))

    p = mp.Process(target=guarded, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
    with mp.Pool(1) as pool:
        print(pool.apply(abs, (-4,)))
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, str(e).split(' at ')[0])

# expect: from a lambda
# expect: 15
# expect: ('guarded', '__main__', 21)
# expect: 0
# expect: 4
# expect: PicklingError Can't pickle <function <lambda>
