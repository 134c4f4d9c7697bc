# Float arithmetic through small objects and method calls (a tiny ray tracer).
import math


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
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, shade):
        self.centre = centre
        self.radius = radius
        self.shade = shade

    def hit(self, origin, direction):
        oc = origin.sub(self.centre)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None


def trace(scene, light, origin, direction):
    best, nearest = None, 1e30
    for s in scene:
        t = s.hit(origin, direction)
        if t is not None and t < nearest:
            best, nearest = s, t
    if best is None:
        return 0.0
    point = origin.add(direction.scale(nearest))
    normal = point.sub(best.centre).norm()
    return best.shade * max(0.0, normal.dot(light))


def render(width, height):
    scene = [Sphere(Vec(0.0, -1.0, 3.0), 1.0, 0.9), Sphere(Vec(2.0, 0.0, 4.0), 1.0, 0.7),
             Sphere(Vec(-2.0, 0.0, 4.0), 1.0, 0.5), Sphere(Vec(0.0, -5001.0, 0.0), 5000.0, 0.3)]
    light = Vec(1.0, 1.0, -1.0).norm()
    origin = Vec(0.0, 0.0, 0.0)
    total = 0.0
    for j in range(height):
        for i in range(width):
            d = Vec((i - width / 2) / width, (j - height / 2) / height, 1.0).norm()
            total += trace(scene, light, origin, d)
    return total


print(round(render(160, 120), 6))
