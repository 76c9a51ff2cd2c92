# pprint: nested data at several widths, indent, depth, compact, sort_dicts,
# long strings, the collections types, recursion, and the helpers.
import pprint
from collections import OrderedDict, Counter, defaultdict, deque, ChainMap

config = {
    'servers': [{'name': 'alpha', 'ip': '10.0.0.1', 'roles': ['web', 'cache']},
                {'name': 'beta', 'ip': '10.0.0.2', 'roles': ['db']}],
    'retries': 3,
    'timeouts': (1.5, 3.0, 10),
    'features': {'logging': True, 'metrics': False, 'tracing': None},
    'banner': 'Welcome to the service. ' * 5,
}
pprint.pprint(config)
pprint.pprint(config, width=50)
pprint.pprint(config, indent=4, width=60)
pprint.pprint(config, depth=1)
pprint.pprint(config, depth=2, width=40)
pprint.pprint(config, sort_dicts=False, width=70)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(list(range(40)), width=50)
pprint.pprint([[i, i * i] for i in range(8)], width=30)
pprint.pprint(('single',))
pprint.pprint({'key': 'a long line of text that will need to be split over lines ' * 2})
print(pprint.pformat('line one\nline two is rather longer than the first ' * 3, width=40))
pprint.pprint(OrderedDict((c, ord(c)) for c in 'abcdefghijklmnop'), width=40)
pprint.pprint(Counter('mississippi river banks'), width=40)
pprint.pprint(defaultdict(list, {'x': list(range(12)), 'y': ['word'] * 6}), width=40)
pprint.pprint(deque(range(25)), width=40)
pprint.pprint(deque(range(25), maxlen=30), width=40)
pprint.pprint(ChainMap({'a': list(range(10))}, {'b': 'text ' * 10}), width=40)
pprint.pprint({3, 1, 2, 10, 7, 5, 4, 9, 8, 6, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23}, width=40)
pprint.pprint(frozenset(range(30)), width=40)
loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isreadable(loop), pprint.isreadable(config))
print(pprint.saferepr([1, {'b': 2, 'a': 1}]), pprint.pformat(10 ** 12, underscore_numbers=True))
pprint.pp({'z': 1, 'a': 2})
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)

# expect: {'banner': 'Welcome to the service. Welcome to the service. Welcome to the '
# expect:            'service. Welcome to the service. Welcome to the service. ',
# expect:  'features': {'logging': True, 'metrics': False, 'tracing': None},
# expect:  'retries': 3,
# expect:  'servers': [{'ip': '10.0.0.1', 'name': 'alpha', 'roles': ['web', 'cache']},
# expect:              {'ip': '10.0.0.2', 'name': 'beta', 'roles': ['db']}],
# expect:  'timeouts': (1.5, 3.0, 10)}
# expect: {'banner': 'Welcome to the service. Welcome to '
# expect:            'the service. Welcome to the service. '
# expect:            'Welcome to the service. Welcome to '
# expect:            'the service. ',
# expect:  'features': {'logging': True,
# expect:               'metrics': False,
# expect:               'tracing': None},
# expect:  'retries': 3,
# expect:  'servers': [{'ip': '10.0.0.1',
# expect:               'name': 'alpha',
# expect:               'roles': ['web', 'cache']},
# expect:              {'ip': '10.0.0.2',
# expect:               'name': 'beta',
# expect:               'roles': ['db']}],
# expect:  'timeouts': (1.5, 3.0, 10)}
# expect: {   'banner': 'Welcome to the service. Welcome to the '
# expect:               'service. Welcome to the service. Welcome to '
# expect:               'the service. Welcome to the service. ',
# expect:     'features': {   'logging': True,
# expect:                     'metrics': False,
# expect:                     'tracing': None},
# expect:     'retries': 3,
# expect:     'servers': [   {   'ip': '10.0.0.1',
# expect:                        'name': 'alpha',
# expect:                        'roles': ['web', 'cache']},
# expect:                    {   'ip': '10.0.0.2',
# expect:                        'name': 'beta',
# expect:                        'roles': ['db']}],
# expect:     'timeouts': (1.5, 3.0, 10)}
# expect: {'banner': 'Welcome to the service. Welcome to the service. Welcome to the '
# expect:            'service. Welcome to the service. Welcome to the service. ',
# expect:  'features': {...},
# expect:  'retries': 3,
# expect:  'servers': [...],
# expect:  'timeouts': (...)}
# expect: {'banner': 'Welcome to the service. '
# expect:            'Welcome to the service. '
# expect:            'Welcome to the service. '
# expect:            'Welcome to the service. '
# expect:            'Welcome to the service. ',
# expect:  'features': {'logging': True,
# expect:               'metrics': False,
# expect:               'tracing': None},
# expect:  'retries': 3,
# expect:  'servers': [{...}, {...}],
# expect:  'timeouts': (1.5, 3.0, 10)}
# expect: {'servers': [{'name': 'alpha',
# expect:               'ip': '10.0.0.1',
# expect:               'roles': ['web', 'cache']},
# expect:              {'name': 'beta', 'ip': '10.0.0.2', 'roles': ['db']}],
# expect:  'retries': 3,
# expect:  'timeouts': (1.5, 3.0, 10),
# expect:  'features': {'logging': True, 'metrics': False, 'tracing': None},
# expect:  'banner': 'Welcome to the service. Welcome to the service. Welcome '
# expect:            'to the service. Welcome to the service. Welcome to the '
# expect:            'service. '}
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
# expect:  15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
# expect:  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
# expect:  39]
# expect: [0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24,
# expect:  25,
# expect:  26,
# expect:  27,
# expect:  28,
# expect:  29,
# expect:  30,
# expect:  31,
# expect:  32,
# expect:  33,
# expect:  34,
# expect:  35,
# expect:  36,
# expect:  37,
# expect:  38,
# expect:  39]
# expect: [[0, 0],
# expect:  [1, 1],
# expect:  [2, 4],
# expect:  [3, 9],
# expect:  [4, 16],
# expect:  [5, 25],
# expect:  [6, 36],
# expect:  [7, 49]]
# expect: ('single',)
# expect: {'key': 'a long line of text that will need to be split over lines a long line '
# expect:         'of text that will need to be split over lines '}
# expect: ('line one\n'
# expect:  'line two is rather longer than the '
# expect:  'first line one\n'
# expect:  'line two is rather longer than the '
# expect:  'first line one\n'
# expect:  'line two is rather longer than the '
# expect:  'first ')
# expect: OrderedDict([('a', 97),
# expect:              ('b', 98),
# expect:              ('c', 99),
# expect:              ('d', 100),
# expect:              ('e', 101),
# expect:              ('f', 102),
# expect:              ('g', 103),
# expect:              ('h', 104),
# expect:              ('i', 105),
# expect:              ('j', 106),
# expect:              ('k', 107),
# expect:              ('l', 108),
# expect:              ('m', 109),
# expect:              ('n', 110),
# expect:              ('o', 111),
# expect:              ('p', 112)])
# expect: Counter({'i': 5,
# expect:          's': 5,
# expect:          'p': 2,
# expect:          ' ': 2,
# expect:          'r': 2,
# expect:          'm': 1,
# expect:          'v': 1,
# expect:          'e': 1,
# expect:          'b': 1,
# expect:          'a': 1,
# expect:          'n': 1,
# expect:          'k': 1})
# expect: defaultdict(<class 'list'>,
# expect:             {'x': [0,
# expect:                    1,
# expect:                    2,
# expect:                    3,
# expect:                    4,
# expect:                    5,
# expect:                    6,
# expect:                    7,
# expect:                    8,
# expect:                    9,
# expect:                    10,
# expect:                    11],
# expect:              'y': ['word',
# expect:                    'word',
# expect:                    'word',
# expect:                    'word',
# expect:                    'word',
# expect:                    'word']})
# expect: deque([0,
# expect:        1,
# expect:        2,
# expect:        3,
# expect:        4,
# expect:        5,
# expect:        6,
# expect:        7,
# expect:        8,
# expect:        9,
# expect:        10,
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14,
# expect:        15,
# expect:        16,
# expect:        17,
# expect:        18,
# expect:        19,
# expect:        20,
# expect:        21,
# expect:        22,
# expect:        23,
# expect:        24])
# expect: deque([0,
# expect:        1,
# expect:        2,
# expect:        3,
# expect:        4,
# expect:        5,
# expect:        6,
# expect:        7,
# expect:        8,
# expect:        9,
# expect:        10,
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14,
# expect:        15,
# expect:        16,
# expect:        17,
# expect:        18,
# expect:        19,
# expect:        20,
# expect:        21,
# expect:        22,
# expect:        23,
# expect:        24],
# expect:       maxlen=30)
# expect: ChainMap({'a': [0,
# expect:                 1,
# expect:                 2,
# expect:                 3,
# expect:                 4,
# expect:                 5,
# expect:                 6,
# expect:                 7,
# expect:                 8,
# expect:                 9]},
# expect:          {'b': 'text text text text '
# expect:                'text text text text '
# expect:                'text text '})
# expect: {1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23}
# expect: frozenset({0,
# expect:            1,
# expect:            2,
# expect:            3,
# expect:            4,
# expect:            5,
# expect:            6,
# expect:            7,
# expect:            8,
# expect:            9,
# expect:            10,
# expect:            11,
# expect:            12,
# expect:            13,
# expect:            14,
# expect:            15,
# expect:            16,
# expect:            17,
# expect:            18,
# expect:            19,
# expect:            20,
# expect:            21,
# expect:            22,
# expect:            23,
# expect:            24,
# expect:            25,
# expect:            26,
# expect:            27,
# expect:            28,
# expect:            29})
# expect: True False True
# expect: [1, {'a': 1, 'b': 2}] 1_000_000_000_000
# expect: {'z': 1, 'a': 2}
# expect: ValueError: indent must be >= 0
# expect: ValueError: depth must be > 0
# expect: ValueError: width must be != 0
