# Bases that cannot be linearised, repeated bases and incompatible
# layouts are refused with CPython's errors.
class A:
    pass


class B(A):
    pass


attempts = ['inconsistent', 'duplicate', 'layout', 'not a class']
for what in attempts:
    try:
        if what == 'inconsistent':
            class X(A, B):
                pass
        elif what == 'duplicate':
            class X(A, A):
                pass
        elif what == 'layout':
            class X(int, str):
                pass
        else:
            class X(A, 3):
                pass
    except TypeError as e:
        print(what, '->', e)


class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass


try:
    class Mixed(PQ, QP):
        pass
except TypeError as e:
    print('order conflict ->', str(e).replace('\n', ' '))
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(e)
# expect: inconsistent -> Cannot create a consistent method resolution
# expect: order (MRO) for bases A, B
# expect: duplicate -> duplicate base class A
# expect: layout -> multiple bases have instance lay-out conflict
# expect: not a class -> metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: order conflict -> Cannot create a consistent method resolution order (MRO) for bases P, Q
# expect: type 'bool' is not an acceptable base type
