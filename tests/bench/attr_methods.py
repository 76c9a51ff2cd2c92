# Instances: attribute loads and stores, method calls, a small class hierarchy.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self):
        self.pos = self.pos.add(self.vel)


def main():
    particles = [Particle(Vector(i, -i), Vector(1, 2)) for i in range(100)]
    for _ in range(30000):
        for p in particles:
            p.step()
    total = 0
    for p in particles:
        total += p.pos.dot(p.vel)
    print(total)


main()
