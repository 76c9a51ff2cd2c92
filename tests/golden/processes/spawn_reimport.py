# Under spawn, every child imports the program's modules again: the
# helper's module-level print runs once in the parent and once in each
# spawned child (each joined before the next starts, so the order is
# fixed), and the program's own top level runs again too, as
# __mp_main__, outside the guard.
import multiprocessing as mp
import _chatty

print('top level of', __name__)

if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    for i in range(2):
        p = ctx.Process(target=_chatty.hello)
        p.start()
        p.join()
    print('done', p.exitcode)

# expect: executing _chatty in MainProcess
# expect: top level of __main__
# expect: executing _chatty in SpawnProcess-1
# expect: top level of __mp_main__
# expect: hello from SpawnProcess-1
# expect: executing _chatty in SpawnProcess-2
# expect: top level of __mp_main__
# expect: hello from SpawnProcess-2
# expect: done 0
