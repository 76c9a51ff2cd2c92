# Hashing more than 2047 bytes at once releases the GIL (as CPython's hashlib
# does), so four threads hashing big buffers run in parallel on four cores;
# many small updates keep the GIL and the threads take turns.
# Program time comes from gilsim.now() (virtual backend: deterministic).
import hashlib
import threading
import gilsim

big = bytes(1 << 20)          # 1 MiB per update: the GIL is released
small = bytes(1024)           # 1 KiB per update: the GIL is held


def hash_all(chunk, times):
    h = hashlib.sha256()
    for _ in range(times):
        h.update(chunk)
    return h.hexdigest()


def timed(chunk, times, nthreads):
    start = gilsim.now()
    if nthreads == 1:
        for _ in range(4):
            hash_all(chunk, times)
    else:
        threads = [threading.Thread(target=hash_all, args=(chunk, times)) for _ in range(nthreads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return gilsim.now() - start


for label, chunk, times in (('big updates', big, 4), ('small updates', small, 4096)):
    serial = timed(chunk, times, 1)
    parallel = timed(chunk, times, 4)
    print(f'{label}: 4 threads finish {serial / parallel:.1f} times as fast as 1')
# python3: skip
# backend: virtual-only
# expect: big updates: 4 threads finish 3.9 times as fast as 1
# expect: small updates: 4 threads finish 1.0 times as fast as 1
