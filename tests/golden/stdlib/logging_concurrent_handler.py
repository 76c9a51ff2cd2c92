# Eight threads log 200 records each through one handler: the handler's
# lock keeps every line whole, and each thread's lines keep their order.
import io
import logging
import threading

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(threadName)s|%(levelname)s|%(message)s'))
log = logging.getLogger('stress')
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False


def chatter(n):
    for i in range(200):
        log.info('record %d of worker %d', i, n)


threads = [threading.Thread(target=chatter, args=(n,), name='w%d' % n) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = stream.getvalue().splitlines()
print(len(lines), all(line.count('|') == 2 for line in lines))
per_thread = {}
for line in lines:
    name, level, message = line.split('|')
    per_thread.setdefault(name, []).append(int(message.split()[1]))
print(sorted(per_thread), all(v == list(range(200)) for v in per_thread.values()))
print(isinstance(handler.lock, type(threading.RLock())))

# expect: 1600 True
# expect: ['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7'] True
# expect: True
