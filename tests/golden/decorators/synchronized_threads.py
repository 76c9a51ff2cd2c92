# A locking decorator shared by threads: every call of the decorated
# function holds the lock, so the read-modify-write of the counter is never
# interleaved; functools.wraps keeps the function's name for the report.
import functools
import threading


def synchronized(lock):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with lock:
                return func(*args, **kwargs)
        return wrapper
    return deco


lock = threading.Lock()
counter = {'n': 0}
calls = {}


def counted(func):
    calls[func.__name__] = 0

    @functools.wraps(func)
    def wrapper(*args):
        calls[func.__name__] += 1
        return func(*args)
    return wrapper


@synchronized(lock)
@counted
def increment(times):
    for _ in range(times):
        value = counter['n']
        counter['n'] = value + 1


threads = [threading.Thread(target=increment, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter['n'], calls, increment.__name__, increment.__wrapped__.__name__)


class Account:
    def __init__(self):
        self._lock = threading.Lock()
        self.balance = 0

    def locked(method):
        @functools.wraps(method)
        def wrapper(self, *args):
            with self._lock:
                return method(self, *args)
        return wrapper

    @locked
    def deposit(self, amount):
        self.balance += amount

    del locked


acct = Account()
workers = [threading.Thread(target=lambda: [acct.deposit(1) for _ in range(500)]) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(acct.balance, Account.deposit.__name__, hasattr(Account, 'locked'))
# expect: 8000 {'increment': 4} increment increment
# expect: 1500 deposit False
