# A helper that says when it is executed: once per process that imports it.
import multiprocessing as mp
print('executing _chatty in', mp.current_process().name)


def hello():
    print('hello from', mp.current_process().name)
