# multiprocessing.Value as the C types keep values: 'i' wraps at 32 bits,
# 'b' at 8, 'd' makes a float; a float into an int slot is a
# TypeError. With lock=False there is no lock and the repr is the ctype's;
# with a lock, get_lock() and get_obj(). A child's writes are seen here.
import multiprocessing as mp

def set_in_child(v, x):
    v.value = x

if __name__ == '__main__':
    i = mp.Value('i', 7)
    print(i, i.value)
    i.value = 2 ** 31 + 5
    print(i.value)
    b = mp.Value('b', 127)
    b.value += 1
    print(b.value)
    d = mp.Value('d', 3)
    print(d.value, d)
    try:
        mp.Value('i', 2.5)
    except TypeError as e:
        print('TypeError:', e)
    raw = mp.Value('l', 10, lock=False)
    print(raw, raw.value, hasattr(raw, 'get_lock'))
    print(type(i.get_lock()).__name__, i.get_obj())
    with i:
        i.value = 1
    p = mp.Process(target=set_in_child, args=(d, 2.5))
    p.start()
    p.join()
    print(d.value, mp.Value('i').value, mp.RawValue('d', 1.25).value)

# expect: <Synchronized wrapper for c_int(7)> 7
# expect: -2147483643
# expect: -128
# expect: 3.0 <Synchronized wrapper for c_double(3.0)>
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: c_long(10) 10 False
# expect: RLock c_int(-2147483643)
# expect: 2.5 0 1.25
