# A pool task whose function is defined inside `if __name__ == '__main__':`,
# over a 200,000-item list, under spawn (fork copies the function: see
# fork_guarded.py). Spawn re-runs the script in each worker as
# __mp_main__, where the guarded code does not run: unpickling the task fails
# there (CPython's message), and the worker dies. CPython's pool starts new
# workers, which die in turn, and map() waits forever; gilsim's pool does not
# replace them, and reports the wait nobody can end instead of hanging.
# python3: skip (CPython hangs forever)
# exit: 3
# expect: mapping
# expect stderr: Process SpawnPoolWorker-1:
# expect stderr: AttributeError: Can't get attribute 'double' on <module '__mp_main__' from '
# expect stderr: deadlock: every thread is blocked and nothing can wake them
# expect stderr: MainThread waits for Event
import multiprocessing as mp

if __name__ == '__main__':
    mp.set_start_method('spawn')

    def double(x):
        return 2 * x

    data = list(range(200000))
    with mp.Pool(4) as pool:
        print('mapping')
        print(sum(pool.map(double, data)))
