# Metaclasses: __new__/__init__/__call__ overrides, inheritance of the metaclass, class-level
# __repr__/__len__/__getattr__, registries and singletons, type(name, bases, dict).
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*args, **kwargs)
    def hello(cls):
        return "hello from " + cls.__name__
class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v
a = A(5)
print(a.v, A.created_by, type(A).__name__, A.hello(), isinstance(A, Meta), isinstance(a, A))
class B(A):
    pass
print(type(B).__name__, B.created_by, B(1).v)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
print(Registry.classes)
Point = type("Point", (), {"x": 0, "__repr__": lambda self: f"Point(x={self.x})"})
p = Point()
p.x = 3
print(p, type(Point), Point.__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Db(metaclass=Singleton):
    def __init__(self):
        print("init Db")
print(Db() is Db())
print(type(type), type(int), type.__name__, isinstance(int, type), issubclass(Meta, type))
class Field:
    def __init__(self, kind):
        self.kind = kind
class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = {k: v.kind for k, v in ns.items() if isinstance(v, Field)}
        for k in fields:
            del ns[k]
        ns["_fields"] = fields
        return super().__new__(mcls, name, bases, ns)
    def __repr__(cls):
        return f"<model {cls.__name__}>"
    def __len__(cls):
        return len(cls._fields)
class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise TypeError(f"unknown field {k}")
            setattr(self, k, v)
class User(Model):
    name = Field(str)
    age = Field(int)
u = User(name="ann", age=3)
print(User._fields, u.name, u.age, repr(User), len(User), type(User).__name__, isinstance(User, ModelMeta))
try:
    User(email="x")
except TypeError as e:
    print("TypeError", e)
class AutoAttr(type):
    def __getattr__(cls, name):
        return f"auto {name}"
class Q(metaclass=AutoAttr):
    real = 1
print(Q.real, Q.missing, Q().real)
print(Meta.__mro__, Meta.__name__, type(Meta), [c.__name__ for c in type(A).__mro__])
print([User], {"k": User})
