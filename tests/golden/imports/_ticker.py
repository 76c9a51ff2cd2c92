# A helper that starts a thread when it is imported.
import threading

results = []


def _tick():
    for i in range(3):
        results.append(i)


worker = threading.Thread(target=_tick, name='ticker')
worker.start()
