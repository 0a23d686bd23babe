# Classes: attributes, methods, inheritance, class attributes, properties, static/class methods.
class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"
for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.describe())
print(Animal.count, Dog.count, Puppy.__mro__, Puppy.__bases__, Dog.__name__, Puppy.__qualname__)
p = Puppy("p")
p.kind = "instance kind"
print(p.kind, Puppy.kind, p.__dict__, "kind" in Puppy.__dict__, "kind" in Dog.__dict__)
del p.kind
print(p.kind)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
print(t.celsius)
class M:
    factor = 3
    @staticmethod
    def twice(x):
        return x * 2
    @classmethod
    def make(cls, v):
        obj = cls()
        obj.v = v * cls.factor
        return obj
class N(M):
    factor = 5
print(M.twice(4), M().twice(5), M.make(1).v, N.make(1).v, type(N.make(1)).__name__)
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
print(Point(1, 2).move(3, 4), Point(), [Point(1)], str(Point(5, 5)))
m = Point(1, 2).move
print(m(1, 1), m.__self__, m.__func__.__name__, Point.move(Point(), 1, 1))
class Empty:
    pass
e = Empty()
e.dynamic = 1
setattr(e, "other", 2)
print(e.dynamic, getattr(e, "other"), getattr(e, "missing", "default"), hasattr(e, "x"), sorted(vars(e)))
try:
    e.missing
except AttributeError as ex:
    print("AttributeError", ex)
try:
    Empty.missing
except AttributeError as ex:
    print("AttributeError", ex)
print(type(e) is Empty, isinstance(e, object), issubclass(Empty, object), Empty.__bases__, type(Empty))
class WithDoc:
    """Class docstring."""
    def method(self):
        """Method docstring."""
print(WithDoc.__doc__, WithDoc.method.__doc__, Empty.__doc__, WithDoc.__module__)
class Counter:
    instances = []
    def __init__(self):
        self.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))
class Chain:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
print(Chain().add(1).add(2).items)
