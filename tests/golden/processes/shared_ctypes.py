# ctypes' simple number types, as multiprocessing takes them: each keeps
# its value as the C type does (wrapping ints, single-precision floats),
# and Value/Array accept the type in place of a typecode.
import ctypes
import multiprocessing as mp

def bump(v):
    with v.get_lock():
        v.value += 1.5

if __name__ == '__main__':
    for t in (ctypes.c_int, ctypes.c_double, ctypes.c_bool, ctypes.c_long):
        print(t(), t.__name__, t._type_)
    for make, arg in ((ctypes.c_int, 1.5), (ctypes.c_double, 'x'), (ctypes.c_int, 'x')):
        try:
            make(arg)
        except TypeError as e:
            print('TypeError:', e)
    print(ctypes.c_bool(5), ctypes.c_int(2 ** 31), ctypes.c_byte(200), ctypes.c_ushort(-1))
    print(ctypes.c_float(0.1), ctypes.c_float(1e39), ctypes.c_float(1e-45))
    v = ctypes.c_int(3)
    v.value = 9
    print(v.value, repr(v))
    print(mp.Value(ctypes.c_bool, 0), mp.Array(ctypes.c_double, 2)[:])
    print(mp.Value(ctypes.c_float, 0.1).value, mp.Value('f', 2.2).value)
    total = mp.Value(ctypes.c_double, 0)
    ps = [mp.Process(target=bump, args=(total,)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(total)

# expect: c_int(0) c_int i
# expect: c_double(0.0) c_double d
# expect: c_bool(False) c_bool ?
# expect: c_long(0) c_long l
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: must be real number, not str
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: c_bool(True) c_int(-2147483648) c_byte(-56) c_ushort(65535)
# expect: c_float(0.10000000149011612) c_float(inf) c_float(1.401298464324817e-45)
# expect: 9 c_int(9)
# expect: <Synchronized wrapper for c_bool(False)> [0.0, 0.0]
# expect: 0.10000000149011612 2.200000047683716
# expect: <Synchronized wrapper for c_double(4.5)>
