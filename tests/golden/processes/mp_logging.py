# multiprocessing.log_to_stderr(): the 'multiprocessing' logger (not
# propagating) writes "[LEVEL/process name] message" to stderr, in the
# main process and in children started after it, under fork and spawn;
# get_logger() is the same logger. Messages below its level are dropped.
import logging
import multiprocessing as mp

def work(n):
    logger = mp.get_logger()
    logger.info('dropped: below WARNING')
    logger.warning('child working on %d', n)

if __name__ == '__main__':
    logger = mp.log_to_stderr(logging.WARNING)
    print(logger.name, logger.propagate, logger is mp.get_logger(), logger.level)
    logger.warning('in main')
    for method in ('fork', 'spawn'):
        p = mp.get_context(method).Process(target=work, args=(3,))
        p.start()
        p.join()
        print(method, p.exitcode)
    logger.error('done')

# expect: multiprocessing 0 True 30
# expect: fork 0
# expect: spawn 0
# expect stderr: [WARNING/MainProcess] in main
# expect stderr: [WARNING/ForkProcess-1] child working on 3
# expect stderr: [WARNING/SpawnProcess-2] child working on 3
# expect stderr: [ERROR/MainProcess] done
