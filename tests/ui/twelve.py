import threading
def spin(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=spin, args=(30000 + 3000 * i,), name='worker-%d' % i) for i in range(12)]
for t in ts: t.start()
for t in ts: t.join()
print('done')
