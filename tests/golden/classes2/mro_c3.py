# Multiple inheritance: the MRO is C3's (the classic example from the
# Python 2.3 MRO paper), super() follows it (cooperative __init__ and
# methods), __bases__ lists the bases and __base__ the first.
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass


print([k.__name__ for k in A.__mro__])
print([k.__name__ for k in A.mro()], A.__bases__, A.__base__, C.__base__)
print(issubclass(A, E), isinstance(A(), F), issubclass(C, E))


class Root:
    def __init__(self):
        print('Root init')
        super().__init__()

    def greet(self):
        return ['Root']


class Left(Root):
    def __init__(self):
        print('Left init')
        super().__init__()

    def greet(self):
        return ['Left'] + super().greet()


class Right(Root):
    def __init__(self):
        print('Right init')
        super().__init__()

    def greet(self):
        return ['Right'] + super().greet()


class Diamond(Left, Right):
    def __init__(self):
        print('Diamond init')
        super().__init__()

    def greet(self):
        return ['Diamond'] + super().greet()


d = Diamond()
print(d.greet(), [k.__name__ for k in Diamond.__mro__])
print(super(Left, d).greet(), super(Right, d).greet())
# expect: ['A', 'B', 'C', 'D', 'E', 'F', 'O', 'object']
# expect: ['A', 'B', 'C', 'D', 'E', 'F', 'O', 'object'] (<class '__main__.B'>, <class '__main__.C'>) <class '__main__.B'> <class '__main__.D'>
# expect: True True False
# expect: Diamond init
# expect: Left init
# expect: Right init
# expect: Root init
# expect: ['Diamond', 'Left', 'Right', 'Root'] ['Diamond', 'Left', 'Right', 'Root', 'object']
# expect: ['Right', 'Root'] ['Root']
