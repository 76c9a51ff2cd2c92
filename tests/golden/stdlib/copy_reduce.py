# copy and deepcopy of the collections types, namedtuples and subclasses of
# the built-in containers (rebuilt through __reduce__, as CPython does).
import copy
from collections import namedtuple, deque, OrderedDict, Counter, defaultdict

Point = namedtuple('Point', 'x y')


class Config(dict):
    pass


class Stack(list):
    pass


class Tags(set):
    pass


cfg = Config(hosts=['a', 'b'])
cfg.source = 'defaults'
values = [Point(1, [2]), deque([[1], 2], maxlen=4), OrderedDict(a=[1], b=[2]), Counter('aab'),
          defaultdict(list, a=[1]), cfg, Stack([1, [2]]), Tags([1, 2])]
for v in values:
    shallow = copy.copy(v)
    deep = copy.deepcopy(v)
    print(type(shallow).__name__, shallow, shallow == v, deep == v, type(deep) is type(v))
deep_cfg = copy.deepcopy(cfg)
print(deep_cfg.source, deep_cfg['hosts'] is cfg['hosts'], copy.copy(cfg)['hosts'] is cfg['hosts'])
p = Point(1, [2])
dp = copy.deepcopy(p)
dp.y.append(3)
print(p, dp, copy.copy(p) is p or copy.copy(p) == p)
d = deque([1, 2, 3], maxlen=3)
print(copy.copy(d).maxlen, copy.deepcopy(defaultdict(int)).default_factory)

# expect: Point Point(x=1, y=[2]) True True True
# expect: deque deque([[1], 2], maxlen=4) True True True
# expect: OrderedDict OrderedDict([('a', [1]), ('b', [2])]) True True True
# expect: Counter Counter({'a': 2, 'b': 1}) True True True
# expect: defaultdict defaultdict(<class 'list'>, {'a': [1]}) True True True
# expect: Config {'hosts': ['a', 'b']} True True True
# expect: Stack [1, [2]] True True True
# expect: Tags Tags({1, 2}) True True True
# expect: defaults False True
# expect: Point(x=1, y=[2]) Point(x=1, y=[2, 3]) True
# expect: 3 <class 'int'>
