# isinstance with bool/int and type()
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool))
print(type(True) is bool, type(1) is int, type(1.0), type("s"), type([]), type({}))
print(type(()), type(set()), type(None), type(range(1)))
print(type(3) == type(4), type(int) is type, type(type))
print(isinstance(3, (str, float)), isinstance(3.0, (str, float)))
print(isinstance(frozenset(), (set, frozenset)), isinstance({}, dict))

# expect: True True False
# expect: True True <class 'float'> <class 'str'> <class 'list'> <class 'dict'>
# expect: <class 'tuple'> <class 'set'> <class 'NoneType'> <class 'range'>
# expect: True True <class 'type'>
# expect: False True
# expect: True True
