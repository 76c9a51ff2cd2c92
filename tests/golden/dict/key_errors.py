# KeyError messages
d = {"a": 1}
for key in ["k", 5, (1, 2), None, "it's"]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)

# expect: KeyError 'k' KeyError('k') ('k',)
# expect: KeyError 5 KeyError(5) (5,)
# expect: KeyError (1, 2) KeyError((1, 2)) ((1, 2),)
# expect: KeyError None KeyError(None) (None,)
# expect: KeyError "it's" KeyError("it's") ("it's",)
# expect: del: 'nope'
# expect: TypeError: unhashable type: 'list'
