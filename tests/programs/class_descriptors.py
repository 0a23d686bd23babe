# The descriptor protocol: __get__/__set__/__delete__/__set_name__, data vs non-data.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.public} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.name)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, Point.x.public, type(Point.__dict__["x"]).__name__)
p.x = 10
print(p.x, p.__dict__)
try:
    p.y = "no"
except TypeError as e:
    print("TypeError", e)
del p.x
print(p.x)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.fn(obj)
        setattr(obj, self.fn.__name__, v)
        return v
class Expensive:
    computed = 0
    @Lazy
    def value(self):
        Expensive.computed += 1
        return 99
e = Expensive()
print(e.value, e.value, Expensive.computed)
class Ten:
    def __get__(self, obj, objtype=None):
        return 10
class A:
    x = Ten()
print(A.x, A().x)
class Const:
    def __get__(self, obj, objtype):
        return ("get", obj is None, objtype.__name__)
class B:
    c = Const()
class C(B):
    pass
print(B.c, C.c, C().c)
class Validated:
    def __init__(self):
        self.store = {}
    def __get__(self, obj, t=None):
        return self.store.get(id(obj), 0) if obj is not None else self
    def __set__(self, obj, v):
        self.store[id(obj)] = v * 2
class UseV:
    v = Validated()
u1, u2 = UseV(), UseV()
u1.v = 5
print(u1.v, u2.v)
class Prop:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 3
    v = property(get_v, set_v, None, "the v")
pp = Prop()
pp.v = 2
print(pp.v, Prop.v.__doc__, Prop.v.fget is Prop.get_v, isinstance(Prop.v, property))
