# staticmethod and classmethod as decorators and as calls: a classmethod
# binds to the class it is looked up on (subclasses included), a
# staticmethod to nothing; both are callable-looking wrappers that expose
# the function (__func__, __wrapped__, __name__, __doc__).
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, text):
        "parse YYYY-MM-DD"
        return cls(*map(int, text.split('-')))

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)


class Birthday(Date):
    pass


print(Date.from_string('2024-02-29'), Birthday.from_string('1999-12-31'))
print(Date(1, 1, 1).from_string('2000-01-01'), Date.is_leap(2000), Date(1, 1, 1).is_leap(1900))
sm = Date.__dict__['is_leap']
cm = Date.__dict__['from_string']
print(type(sm).__name__, type(cm).__name__, sm.__func__ is sm.__wrapped__, cm.__name__, cm.__doc__)
print(sm(2024), cm.__func__(Date, '2020-1-2'))


def shout(x):
    return str(x).upper()


class Tools:
    shout = staticmethod(shout)
    make = classmethod(lambda cls: cls.__name__)


print(Tools.shout('hi'), Tools().shout('there'), Tools.make(), Tools().make())


class Stacked:
    @staticmethod
    def deco_inside():
        return 'static'

    @classmethod
    def chain(cls):
        return cls.deco_inside() + ' via ' + cls.__name__


print(Stacked.chain(), Stacked().chain())
bound = Birthday.from_string
print(bound.__self__ is Birthday, bound.__func__ is cm.__func__)
# expect: Date(2024, 2, 29) Birthday(1999, 12, 31)
# expect: Date(2000, 1, 1) True False
# expect: staticmethod classmethod True from_string parse YYYY-MM-DD
# expect: True Date(2020, 1, 2)
# expect: HI THERE Tools Tools
# expect: static via Stacked static via Stacked
# expect: True True
