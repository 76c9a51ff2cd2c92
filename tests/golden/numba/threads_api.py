# numba: the thread count follows --cores; set_num_threads checks its
# argument as Numba does
# python3: skip (Numba's default thread count is the machine's)
# args: --cores=3
import numba

print(numba.config.NUMBA_NUM_THREADS, numba.get_num_threads())
numba.set_num_threads(2)
print(numba.get_num_threads())
for bad in (0, 4, 1.5, '2'):
    try:
        numba.set_num_threads(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(numba.get_num_threads())
print(numba.__version__)
# expect: 3 3
# expect: 2
# expect: ValueError The number of threads must be between 1 and 3
# expect: ValueError The number of threads must be between 1 and 3
# expect: TypeError The number of threads specified must be an integer
# expect: TypeError The number of threads specified must be an integer
# expect: 2
# expect: 0.56.4
