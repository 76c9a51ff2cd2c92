# Manager().Namespace(): attributes set by a child are seen by the parent;
# its repr lists the public attributes in order; a missing one raises
# AttributeError. Manager().Value() has .value, get() and set().
import multiprocessing as mp

def configure(ns, v):
    ns.mode = 'fast'
    ns.retries = ns.retries + 1
    v.value = v.value * 2

if __name__ == '__main__':
    with mp.Manager() as m:
        ns = m.Namespace(retries=2)
        v = m.Value('i', 21)
        p = mp.Process(target=configure, args=(ns, v))
        p.start()
        p.join()
        print(ns.mode, ns.retries, v.value, v.get())
        print(ns)
        try:
            ns.missing
        except AttributeError as e:
            print('AttributeError')
        del ns.mode
        print(ns)
        v.set(5)
        print(v.value)
        print(mp.Process(target=print).name)

# expect: fast 3 42 42
# expect: Namespace(mode='fast', retries=3)
# expect: AttributeError
# expect: Namespace(retries=3)
# expect: 5
# expect: Process-3
