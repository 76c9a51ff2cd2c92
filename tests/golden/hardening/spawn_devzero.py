# The sandbox: with __file__ naming /dev/zero, a spawned child re-runs the
# program gilsim read and ends (CPython's would read zeros without end);
# so does a ProcessPoolExecutor's worker.
# python3: skip (CPython's spawn child runs the file __file__ names)
# expect: 42
# expect: 7
# expect: exit 0
import concurrent.futures
import multiprocessing as mp


def answer():
    print(42)


def seven():
    return 7


if __name__ == '__main__':
    __file__ = '/dev/zero'
    mp.set_start_method('spawn')
    p = mp.Process(target=answer)
    p.start()
    p.join()
    with concurrent.futures.ProcessPoolExecutor(1) as ex:
        print(ex.submit(seven).result())
    print('exit', p.exitcode)
