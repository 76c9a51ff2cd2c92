# string.Template renders a report per thread (substitute and
# safe_substitute), string.Formatter fills a table, capwords titles it.
import string
import threading

row = string.Template('$name: ${done}/${total} tasks ($pct%) -- $$${cost}')
partial = string.Template('$name waiting on $resource')
results = {}


def run(name, total):
    done = total - total // 4
    results[name] = row.substitute(name=name, done=done, total=total,
                                   pct=100 * done // total, cost=done * 3)


for i, total in enumerate([8, 12, 20]):
    t = threading.Thread(target=run, args=('worker-%d' % i, total))
    t.start()
    t.join()
print(string.capwords('daily   thread report'))
for name in sorted(results):
    print(results[name])
print(partial.safe_substitute(name='worker-3'))
fmt = string.Formatter()
for name, total in [('alpha', 3), ('beta', 14)]:
    print(fmt.format('{0:<8}|{total:>4}|{pct:.1%}', name, total=total, pct=total / 20))
try:
    row.substitute(name='x')
except KeyError as e:
    print('KeyError', e)

# expect: Daily Thread Report
# expect: worker-0: 6/8 tasks (75%) -- $18
# expect: worker-1: 9/12 tasks (75%) -- $27
# expect: worker-2: 15/20 tasks (75%) -- $45
# expect: worker-3 waiting on $resource
# expect: alpha   |   3|15.0%
# expect: beta    |  14|70.0%
# expect: KeyError 'done'
