# Tuple reprs
print(())
print((1,))
print((1, 2))
print(((),))
print(("a", ('b',)))
print(tuple(range(3)))
print(str((1, "x")), repr((1, "x")))
print([(1, 2), (3,)])
print({(1, 2): "pair"})
print((1.5, True, None))

# expect: ()
# expect: (1,)
# expect: (1, 2)
# expect: ((),)
# expect: ('a', ('b',))
# expect: (0, 1, 2)
# expect: (1, 'x') (1, 'x')
# expect: [(1, 2), (3,)]
# expect: {(1, 2): 'pair'}
# expect: (1.5, True, None)
