# multiprocessing.Array: made from a size (zeros) or from values; indexing,
# slices, len(), iteration and slice assignment of the same length; each
# of four children squares its own element in place.
import multiprocessing as mp

def square_at(arr, i):
    arr[i] = arr[i] * arr[i]

if __name__ == '__main__':
    zeros = mp.Array('i', 4)
    print(zeros[:], len(zeros))
    arr = mp.Array('i', [1, 2, 3, 4])
    ps = [mp.Process(target=square_at, args=(arr, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:], arr[1], arr[-1], arr[1:3], list(arr), sum(arr))
    arr[0:2] = [7, 8]
    print(arr[:])
    try:
        arr[0:2] = [1, 2, 3]
    except ValueError as e:
        print('ValueError:', e)
    floats = mp.Array('d', [0.5, 1.5])
    floats[0] = 2
    print(floats[:], floats.get_lock() is not None)
    with floats.get_lock():
        floats[1] += 1
    print(floats[:])
    raw = mp.RawArray('i', 3)
    raw[2] = 2 ** 32 + 1
    print(raw[:], len(raw))

# expect: [0, 0, 0, 0] 4
# expect: [1, 4, 9, 16] 4 16 [4, 9] [1, 4, 9, 16] 30
# expect: [7, 8, 9, 16]
# expect: ValueError: Can only assign sequence of same size
# expect: [2.0, 1.5] True
# expect: [2.0, 2.5]
# expect: [0, 0, 1] 3
