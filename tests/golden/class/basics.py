# Class definition, __init__, methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.dist2())
q = p.moved(1)
print(q.x, q.y, p.x)
p.z = 99
print(p.z)
m = p.dist2
print(m())
print(Point.dist2(q))
print(type(p).__name__, p.__class__.__name__)
print(Point)
print(type(p) is Point, isinstance(p, Point))

# expect: 3 4 25
# expect: 4 4 3
# expect: 99
# expect: 25
# expect: 32
# expect: Point Point
# expect: <class '__main__.Point'>
# expect: True True
