# Virtual subclasses: ABC.register() makes isinstance/issubclass succeed
# without inheritance (and returns the class, so it works as a decorator);
# __subclasshook__ can decide by structure.
from abc import ABC, abstractmethod


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Sprite:
    def draw(self):
        return 'sprite'


print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
print(Drawable.register(Sprite) is Sprite)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable), Sprite.__mro__)


@Drawable.register
class Label:
    pass


print(isinstance(Label(), Drawable), issubclass(int, Drawable))


class Special(Drawable):
    pass


Special.register(float)
print(issubclass(float, Special), issubclass(float, Drawable), isinstance(1.5, Drawable))


class HasLength(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLength:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], HasLength), isinstance(3, HasLength), issubclass(dict, HasLength))
try:
    Drawable.register(3)
except TypeError as e:
    print('TypeError:', e)
# expect: False False
# expect: True
# expect: True True (<class '__main__.Sprite'>, <class 'object'>)
# expect: True False
# expect: True True True
# expect: True False True
# expect: TypeError: Can only register classes
