# %(processName)s in simulated processes: each child configures logging in
# its own interpreter and names itself as multiprocessing does.
import logging, multiprocessing, sys
def work(n):
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(processName)s %(levelname)s %(message)s')
    logging.info('child %d', n)
if __name__ == '__main__':
    p = multiprocessing.Process(target=work, args=(1,))
    p.start(); p.join()
    p = multiprocessing.Process(target=work, args=(2,), name='named')
    p.start(); p.join()
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(processName)s %(levelname)s %(message)s')
    logging.info('parent')

# expect: Process-1 INFO child 1
# expect: named INFO child 2
# expect: MainProcess INFO parent
