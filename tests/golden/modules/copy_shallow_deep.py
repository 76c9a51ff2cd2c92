# copy.copy vs copy.deepcopy
import copy
nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(5)
nested.append("top")
print(nested)
print(shallow)
print(deep)
print(shallow[1] is nested[1], deep[1] is nested[1])
d = {"a": [1]}
dc = copy.copy(d)
dc["a"].append(2)
dc["b"] = 0
print(d, dc)
t = (1, [2])
print(copy.deepcopy(t), copy.deepcopy(t)[1] is t[1])

# expect: [1, [2, 3, 99], {'k': [4, 5]}, 'top']
# expect: [1, [2, 3, 99], {'k': [4, 5]}]
# expect: [1, [2, 3], {'k': [4]}]
# expect: True False
# expect: {'a': [1, 2]} {'a': [1, 2], 'b': 0}
# expect: (1, [2]) False
