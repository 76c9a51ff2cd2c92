# Start methods and contexts: the default (fork on Linux), every method's
# context with its Process class, set_start_method refusing a second
# setting unless forced, an unknown method, and freeze_support() as a
# no-op outside frozen executables.
import multiprocessing as mp

def hello(q):
    q.put(mp.current_process().name)

if __name__ == '__main__':
    mp.freeze_support()
    print(mp.get_start_method(), sorted(mp.get_all_start_methods()))
    for method in ('fork', 'spawn', 'forkserver'):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=hello, args=(q,))
        p.start()
        print(method, ctx.get_start_method(), type(p).__name__, q.get())
        p.join()
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError:', e)
    mp.set_start_method('spawn', force=True)
    print(mp.get_start_method())
    try:
        mp.get_context('threads')
    except ValueError as e:
        print('ValueError:', e)

# expect: fork ['fork', 'forkserver', 'spawn']
# expect: fork fork ForkProcess ForkProcess-1
# expect: spawn spawn SpawnProcess SpawnProcess-2
# expect: forkserver forkserver ForkServerProcess ForkServerProcess-3
# expect: RuntimeError: context has already been set
# expect: spawn
# expect: ValueError: cannot find context for 'threads'
