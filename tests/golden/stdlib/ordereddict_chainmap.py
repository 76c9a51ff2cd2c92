# OrderedDict (move_to_end, popitem, order-sensitive equality, an LRU cache
# built on it) and ChainMap (layered lookups, new_child, parents).
from collections import OrderedDict, ChainMap

od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
od.move_to_end('e', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(list(od.keys()), list(od.values()), list(od.items()), list(reversed(od)))
print(od.keys(), od.values(), od.items())
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, dict(a) == dict(b), a == dict(b), OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)


class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print('evict', evicted)


cache = LRUCache(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get('a')
cache.put('c', 3)
print(cache, cache.capacity, cache.get('b'))

defaults = {'theme': 'light', 'lang': 'en', 'size': 10}
user = {'theme': 'dark'}
cm = ChainMap(user, defaults)
print(cm['theme'], cm['lang'], len(cm), sorted(cm))
cm['size'] = 12
print(user, defaults['size'], cm)
child = cm.new_child({'lang': 'fr'})
print(child['lang'], child.parents['lang'], child.maps[0])
try:
    del cm['lang']
except KeyError as e:
    print('KeyError', e)
print(dict(cm), 'theme' in cm, cm.get('nope', '-'))

# expect: OrderedDict([('e', 0), ('a', 0), ('c', 0), ('d', 0), ('b', 0)])
# expect: ('b', 0) ('e', 0) OrderedDict([('a', 0), ('c', 0), ('d', 0)])
# expect: ['a', 'c', 'd'] [0, 0, 0] [('a', 0), ('c', 0), ('d', 0)] ['d', 'c', 'a']
# expect: odict_keys(['a', 'c', 'd']) odict_values([0, 0, 0]) odict_items([('a', 0), ('c', 0), ('d', 0)])
# expect: False True True OrderedDict()
# expect: KeyError 'dictionary is empty'
# expect: evict ('b', 2)
# expect: LRUCache([('a', 1), ('c', 3)]) 2 None
# expect: dark en 3 ['lang', 'size', 'theme']
# expect: {'theme': 'dark', 'size': 12} 10 ChainMap({'theme': 'dark', 'size': 12}, {'theme': 'light', 'lang': 'en', 'size': 10})
# expect: fr en {'lang': 'fr'}
# expect: KeyError "Key not found in the first mapping: 'lang'"
# expect: {'theme': 'dark', 'lang': 'en', 'size': 12} True -
