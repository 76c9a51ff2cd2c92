# logging.Formatter: the three styles, defaults, datefmt and converter,
# validation errors, exception text, BufferingFormatter, a subclass.
import logging
import sys
import time


def record(msg, *args, name='fmt.test', level=logging.INFO):
    r = logging.LogRecord(name, level, '/srv/app/worker.py', 42, msg, args, None, 'run')
    r.created = 1700000000.25
    r.msecs = 250.0
    r.relativeCreated = 1234.5
    return r


r = record('job %s took %.2f s', 'alpha', 1.5)
for fmt, style in [('%(levelname)-8s|%(name)s|%(message)s', '%'),
                   ('%(filename)s %(module)s %(pathname)s:%(lineno)d %(funcName)s', '%'),
                   ('%(levelno)03d %(relativeCreated)d %(msecs)d %(created).2f', '%'),
                   ('{levelname:<8}|{name}|{message!r}', '{'),
                   ('{name:>12.8} {lineno:04d}', '{'),
                   ('${levelname} $name: $message ($$)', '$')]:
    print(logging.Formatter(fmt, style=style).format(r))

f = logging.Formatter('%(asctime)s %(message)s')
f.converter = time.gmtime
print(f.format(r))
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%d/%b/%Y %H:%M')
f.converter = time.gmtime
print(f.format(r), f.usesTime(), logging.Formatter('%(message)s').usesTime())
g = logging.Formatter('{asctime} {message}', style='{')
g.converter = time.gmtime
g.default_msec_format = '%s.%03d'
print(g.format(r))
print(logging.Formatter('%(message)s %(tag)s', defaults={'tag': '[none]'}).format(r))
print(logging.Formatter().format(record('no args, 100%')))

for fmt, style in [('%(message', '%'), ('no fields', '%'), ('{message!x}', '{'),
                   ('plain', '{'), ('{a b}', '{'), ('{message:@@@}', '{'), ('}', '{'),
                   ('$', '$'), ('no dollar', '$'), ('x', '#')]:
    try:
        logging.Formatter(fmt, style=style)
        print('accepted', repr(fmt))
    except ValueError as e:
        print('ValueError:', e)
print(logging.Formatter('{message:>{width}}', style='{', validate=False)._fmt)
try:
    logging.Formatter('%(nosuch)s').format(r)
except ValueError as e:
    print('ValueError:', e)


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


print(Upper('%(name)s says %(message)s').format(record('quiet words')))
b = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(b.format([record('one'), record('two')]), repr(b.format([])))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
h.handle(record('through a handler', level=logging.WARNING))
print(h.format(record('handler.format')))

# expect: INFO    |fmt.test|job alpha took 1.50 s
# expect: worker.py worker /srv/app/worker.py:42 run
# expect: 020 1234 250 1700000000.25
# expect: INFO    |fmt.test|'job alpha took 1.50 s'
# expect:     fmt.test 0042
# expect: INFO fmt.test: job alpha took 1.50 s ($)
# expect: 2023-11-14 22:13:20,250 job alpha took 1.50 s
# expect: 14/Nov/2023 22:13 job alpha took 1.50 s True False
# expect: 2023-11-14 22:13:20.250 job alpha took 1.50 s
# expect: job alpha took 1.50 s [none]
# expect: no args, 100%
# expect: ValueError: Invalid format '%(message' for '%' style
# expect: ValueError: Invalid format 'no fields' for '%' style
# expect: ValueError: invalid format: invalid conversion: 'x'
# expect: ValueError: invalid format: no fields
# expect: ValueError: invalid format: invalid field name/expression: 'a b'
# expect: ValueError: invalid format: bad specifier: '@@@'
# expect: ValueError: invalid format: Single '}' encountered in format string
# expect: ValueError: invalid format: bare '$' not allowed
# expect: ValueError: invalid format: no fields
# expect: ValueError: Style must be one of: %,{,$
# expect: {message:>{width}}
# expect: ValueError: Formatting field not found in record: 'nosuch'
# expect: FMT.TEST SAYS QUIET WORDS
# expect: <one><two> ''
# expect: WARNING through a handler
# expect: INFO handler.format
