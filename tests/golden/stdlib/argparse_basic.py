# argparse: optionals and positionals, types, defaults, actions, nargs,
# choices, --name=value, --, help in CPython's layout, and the errors
import argparse
import sys

p = argparse.ArgumentParser(prog='calc', description='Calculate things from numbers given on the command line.')
p.add_argument('numbers', type=float, nargs='+', help='the numbers to use')
p.add_argument('--op', choices=['sum', 'max'], default='sum', help='what to compute (default: %(default)s)')
p.add_argument('-n', '--repeat', type=int, default=1, help='how many times')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--tag', action='append', help='a tag; may be given more than once')
p.add_argument('--dry-run', action='store_true', help='do nothing')
print(p.parse_args(['1', '2.5']))
print(p.parse_args(['--op', 'max', '3', '-n', '2', '-vv', '--tag=a', '--tag', 'b', '--dry-run']))
print(p.parse_args(['-n3', '--', '-4', '5']))
ns = p.parse_args(['7'])
print(ns.numbers, ns.op, ns.repeat, ns.verbose, ns.tag, ns.dry_run)
p.print_help()
print(p.format_usage(), end='')

q = argparse.ArgumentParser(prog='pi', description='Calculate Pi.')
q.add_argument('--points', dest='points', type=int, default=20000000)
print(q.parse_args([]).points, q.parse_args(['--points', '50']).points)
q.print_help()

r = argparse.ArgumentParser(prog='r', add_help=False, exit_on_error=False)
r.add_argument('--k', type=int)
try:
    r.parse_args(['--k', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

sys.stderr = sys.stdout
for bad in (['--op', 'min', '1'], [], ['1', '--nope'], ['-n']):
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code)
# expect: Namespace(numbers=[1.0, 2.5], op='sum', repeat=1, verbose=0, tag=None, dry_run=False)
# expect: Namespace(numbers=[3.0], op='max', repeat=2, verbose=2, tag=['a', 'b'], dry_run=True)
# expect: Namespace(numbers=[-4.0, 5.0], op='sum', repeat=3, verbose=0, tag=None, dry_run=False)
# expect: [7.0] sum 1 0 None False
# expect: usage: calc [-h] [--op {sum,max}] [-n REPEAT] [-v] [--tag TAG] [--dry-run]
# expect:             numbers [numbers ...]
# expect:
# expect: Calculate things from numbers given on the command line.
# expect:
# expect: positional arguments:
# expect:   numbers               the numbers to use
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --op {sum,max}        what to compute (default: sum)
# expect:   -n REPEAT, --repeat REPEAT
# expect:                         how many times
# expect:   -v, --verbose
# expect:   --tag TAG             a tag; may be given more than once
# expect:   --dry-run             do nothing
# expect: usage: calc [-h] [--op {sum,max}] [-n REPEAT] [-v] [--tag TAG] [--dry-run]
# expect:             numbers [numbers ...]
# expect: 20000000 50
# expect: usage: pi [-h] [--points POINTS]
# expect:
# expect: Calculate Pi.
# expect:
# expect: options:
# expect:   -h, --help       show this help message and exit
# expect:   --points POINTS
# expect: ArgumentError: argument --k: invalid int value: 'x'
# expect: usage: calc [-h] [--op {sum,max}] [-n REPEAT] [-v] [--tag TAG] [--dry-run]
# expect:             numbers [numbers ...]
# expect: calc: error: argument --op: invalid choice: 'min' (choose from 'sum', 'max')
# expect: exit 2
# expect: usage: calc [-h] [--op {sum,max}] [-n REPEAT] [-v] [--tag TAG] [--dry-run]
# expect:             numbers [numbers ...]
# expect: calc: error: the following arguments are required: numbers
# expect: exit 2
# expect: usage: calc [-h] [--op {sum,max}] [-n REPEAT] [-v] [--tag TAG] [--dry-run]
# expect:             numbers [numbers ...]
# expect: calc: error: unrecognized arguments: --nope
# expect: exit 2
# expect: usage: calc [-h] [--op {sum,max}] [-n REPEAT] [-v] [--tag TAG] [--dry-run]
# expect:             numbers [numbers ...]
# expect: calc: error: argument -n/--repeat: expected one argument
# expect: exit 2
