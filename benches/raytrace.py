# Ray tracer: renders spheres over a checkered plane lit by point lights, with
# Lambert and Phong shading, shadows and recursive reflection, into a grid of RGB
# bytes; prints a checksum and a coarse ASCII preview of the luminance.
# Argument: image width and height in pixels.
import math
import sys

EPSILON = 1e-5
MAX_DEPTH = 3


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect(self, normal):
        return self - normal.scale(2 * self.dot(normal))

    def __repr__(self):
        return "Vector(%g, %g, %g)" % (self.x, self.y, self.z)


class Color(Vector):
    __slots__ = ()

    def __add__(self, o):
        return Color(self.x + o.x, self.y + o.y, self.z + o.z)

    def scale(self, k):
        return Color(self.x * k, self.y * k, self.z * k)

    def mix(self, o):
        return Color(self.x * o.x, self.y * o.y, self.z * o.z)

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255 + 0.5))) for c in (self.x, self.y, self.z))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Surface:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def base_color(self, point):
        return self.color


class Checkerboard(Surface):
    def __init__(self, other, **kw):
        super().__init__(**kw)
        self.other = other

    def base_color(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, centre, radius, surface):
        self.centre = centre
        self.radius = radius
        self.surface = surface

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, surface):
        self.point = point
        self.normal = normal.normalized()
        self.surface = surface

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self, objects, lights, ambient):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient

    def nearest(self, ray):
        best_t, best_obj = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best_obj = t, obj
        return best_t, best_obj

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        distance = to_light.magnitude()
        t, _ = self.nearest(Ray(point, to_light))
        return t is not None and t < distance

    def trace(self, ray, depth=0):
        t, obj = self.nearest(ray)
        if obj is None:
            return BLACK
        point = ray.at(t)
        normal = obj.normal_at(point)
        surface = obj.surface
        base = surface.base_color(point)
        color = base.scale(self.ambient)
        for light_pos, light_color in self.lights:
            if self.shadowed(point, light_pos):
                continue
            to_light = (light_pos - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base.mix(light_color).scale(lambert * surface.diffuse)
            highlight = to_light.reflect(normal).dot(ray.direction)
            if highlight > 0:
                color = color + light_color.scale(surface.specular * highlight ** surface.shininess)
        if surface.reflect > 0 and depth < MAX_DEPTH:
            bounce = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(bounce, depth + 1).scale(surface.reflect)
        return color


class Camera:
    def __init__(self, eye, look_at, up, fov_degrees):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half = math.tan(math.radians(fov_degrees) / 2)

    def ray(self, px, py, width, height):
        aspect = width / height
        sx = (2 * (px + 0.5) / width - 1) * self.half * aspect
        sy = (1 - 2 * (py + 0.5) / height) * self.half
        direction = self.forward + self.right.scale(sx) + self.up.scale(sy)
        return Ray(self.eye, direction)


def build_scene():
    objects = [
        Plane(Vector(0, 0, 0), Vector(0, 1, 0),
              Checkerboard(Color(0.1, 0.1, 0.1), color=Color(0.9, 0.9, 0.9), reflect=0.2, specular=0.0)),
        Sphere(Vector(0, 1, 0), 1.0, Surface(Color(0.9, 0.2, 0.2), reflect=0.3)),
        Sphere(Vector(-2.2, 0.7, 1.0), 0.7, Surface(Color(0.2, 0.8, 0.3), reflect=0.1)),
        Sphere(Vector(1.8, 0.5, 1.6), 0.5, Surface(Color(0.3, 0.4, 0.95), shininess=50, reflect=0.5)),
    ]
    lights = [
        (Vector(-5, 8, 6), Color(1.0, 1.0, 1.0)),
        (Vector(6, 4, -2), Color(0.4, 0.35, 0.3)),
    ]
    return Scene(objects, lights, 0.1)


def render(scene, camera, width, height):
    rows = []
    for y in range(height):
        rows.append([scene.trace(camera.ray(x, y, width, height)).to_bytes() for x in range(width)])
    return rows


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    scene = build_scene()
    camera = Camera(Vector(0, 2.0, 7.0), Vector(0, 0.8, 0), Vector(0, 1, 0), 50)
    image = render(scene, camera, size, size)
    checksum = 0
    for row in image:
        for r, g, b in row:
            checksum = (checksum * 257 + r * 65536 + g * 256 + b) % 4294967291
    print(f"{size}x{size} checksum {checksum}")
    print("centre pixel", image[size // 2][size // 2], "corner", image[0][0])
    shades = " .:-=+*#%@"
    step = max(1, size // 24)
    for row in image[::step * 2]:
        print("".join(shades[(r * 30 + g * 59 + b * 11) * 9 // 25500] for r, g, b in row[::step]))


main()
