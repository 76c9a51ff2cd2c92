# A helper module that starts a thread while it is imported: the import
# returns, the thread is joined through the module's name, and the
# helper's threading module is the program's.
import threading
import _ticker
_ticker.worker.join()
print(_ticker.results, _ticker.worker.name, _ticker.threading is threading)

# expect: [0, 1, 2] ticker True
