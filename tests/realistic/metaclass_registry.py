"""Plugin registries via __init_subclass__ and metaclasses; descriptors for validation."""


class Field:
    def __init__(self, kind, *, minimum=None, choices=None):
        self.kind = kind
        self.minimum = minimum
        self.choices = choices

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.name} must be one of {sorted(self.choices)}")
        setattr(obj, self.private, value)


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, table=None):
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = [k for k, v in ns.items() if isinstance(v, Field)]
        for base in bases:
            cls._fields = getattr(base, "_fields", []) + cls._fields
        if table:
            mcls.registry[table] = cls
            cls.table = table
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__}>"

    def __len__(cls):
        return len(cls._fields)


class Model(metaclass=ModelMeta):
    def __init__(self, **kwargs):
        missing = [f for f in self._fields if f not in kwargs]
        if missing:
            raise TypeError(f"{type(self).__name__} missing fields: {', '.join(missing)}")
        for k, v in kwargs.items():
            if k not in self._fields:
                raise TypeError(f"unexpected field {k!r}")
            setattr(self, k, v)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"


class User(Model, table="users"):
    name = Field(str)
    age = Field(int, minimum=0)


class Admin(User, table="admins"):
    level = Field(str, choices={"low", "high"})


class Plugin:
    plugins = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.plugins:
            raise ValueError(f"duplicate plugin {key}")
        Plugin.plugins[key] = cls

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Settings(metaclass=Singleton):
    def __init__(self):
        print("Settings created")
        self.values = {}


u = User(name="ann", age=30)
a = Admin(name="root", age=40, level="high")
print(u, a, ModelMeta.registry, len(Admin), User, Admin.table)
for kwargs in [{"name": "x", "age": -1}, {"name": 5, "age": 1}, {"name": "y"}, {"name": "z", "age": 2, "extra": 1}]:
    try:
        User(**kwargs)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    Admin(name="r", age=1, level="mid")
except ValueError as e:
    print(e)
print(type(User.name).__name__, User.name.name, vars(u))
print(sorted(Plugin.plugins), [Plugin.plugins[k]().run("hello") for k in sorted(Plugin.plugins)])
try:
    class Upper2(Plugin, name="upper"):
        pass
except ValueError as e:
    print(e)
s1 = Settings()
s2 = Settings()
s1.values["x"] = 1
print(s1 is s2, s2.values, type(Settings), type(User).__mro__)


class Attrs:
    def __init__(self):
        self.__dict__["_data"] = {}

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no attribute {name!r}") from None

    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        self._data[name] = value

    def __delattr__(self, name):
        del self._data[name]


o = Attrs()
o.color = "red"
o.size = 3
print(o.color, o.size, getattr(o, "weight", "n/a"), hasattr(o, "size"))
del o.size
print(hasattr(o, "size"))
try:
    o.size
except AttributeError as e:
    print("AttributeError:", e)
Dyn = type("Dyn", (Model,), {"x": Field(int), "__doc__": "dynamic"})
print(Dyn(x=3), Dyn.__doc__, Dyn._fields, isinstance(Dyn, ModelMeta))
