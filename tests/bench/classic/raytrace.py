# A small ray tracer: spheres and a plane, diffuse and specular light,
# shadows and one reflection, rendered into a 100x100 grey image whose
# checksum is printed (vector objects, method calls, float math).
from math import sqrt


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, shine):
        self.centre = centre
        self.r2 = radius * radius
        self.shine = shine

    def hit(self, origin, direction):
        oc = origin.sub(self.centre)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, p):
        return p.sub(self.centre).norm()


class Plane:
    def __init__(self, height, shine):
        self.height = height
        self.shine = shine

    def hit(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return None
        t = (self.height - origin.y) / direction.y
        return t if t > 1e-6 else None

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)


SCENE = [Sphere(Vec(0.0, 1.0, 5.0), 1.0, 0.6), Sphere(Vec(-2.0, 0.6, 6.0), 0.6, 0.2),
         Sphere(Vec(1.8, 0.5, 4.0), 0.5, 0.9), Plane(0.0, 0.3)]
LIGHT = Vec(-3.0, 5.0, 0.0)


def nearest(origin, direction):
    best, best_t = None, 1e30
    for obj in SCENE:
        t = obj.hit(origin, direction)
        if t is not None and t < best_t:
            best, best_t = obj, t
    return best, best_t


def trace(origin, direction, depth):
    obj, t = nearest(origin, direction)
    if obj is None:
        return 0.1
    p = origin.add(direction.scale(t))
    n = obj.normal(p)
    to_light = LIGHT.sub(p).norm()
    shade = 0.05
    blocker, _ = nearest(p, to_light)
    if blocker is None:
        shade += max(0.0, n.dot(to_light)) * 0.8
    if depth < 2 and obj.shine > 0:
        refl = direction.sub(n.scale(2 * direction.dot(n)))
        shade = shade * (1 - obj.shine) + trace(p, refl, depth + 1) * obj.shine
    return shade


def render(size):
    eye = Vec(0.0, 1.0, 0.0)
    total = 0
    for j in range(size):
        for i in range(size):
            d = Vec((i - size / 2) / size, (size / 2 - j) / size, 1.0).norm()
            total += int(min(1.0, trace(eye, d, 0)) * 255)
    return total


print(render(240))
