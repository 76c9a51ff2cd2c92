# Per-thread statistics gathered under a lock and pretty-printed: nested
# dicts and lists broken to fit 60 columns, keys sorted.
import pprint
import threading

stats = {}
lock = threading.Lock()


def work(name, n):
    squares = [i * i for i in range(n)]
    with lock:
        stats[name] = {'count': n, 'total': sum(squares), 'first': squares[:4],
                       'last': squares[-3:], 'even': sum(1 for s in squares if s % 2 == 0)}


threads = [threading.Thread(target=work, args=('worker-%d' % i, 10 + i * 5)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
pprint.pprint(stats, width=60)
print(pprint.pformat(sorted(stats), compact=True, width=30))
pprint.pprint({name: s['total'] for name, s in stats.items()}, width=40)

# expect: {'worker-0': {'count': 10,
# expect:               'even': 5,
# expect:               'first': [0, 1, 4, 9],
# expect:               'last': [49, 64, 81],
# expect:               'total': 285},
# expect:  'worker-1': {'count': 15,
# expect:               'even': 8,
# expect:               'first': [0, 1, 4, 9],
# expect:               'last': [144, 169, 196],
# expect:               'total': 1015},
# expect:  'worker-2': {'count': 20,
# expect:               'even': 10,
# expect:               'first': [0, 1, 4, 9],
# expect:               'last': [289, 324, 361],
# expect:               'total': 2470},
# expect:  'worker-3': {'count': 25,
# expect:               'even': 13,
# expect:               'first': [0, 1, 4, 9],
# expect:               'last': [484, 529, 576],
# expect:               'total': 4900}}
# expect: ['worker-0', 'worker-1',
# expect:  'worker-2', 'worker-3']
# expect: {'worker-0': 285,
# expect:  'worker-1': 1015,
# expect:  'worker-2': 2470,
# expect:  'worker-3': 4900}
