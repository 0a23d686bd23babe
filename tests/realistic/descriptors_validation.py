"""Field validation with descriptors, __set_name__, __init_subclass__ and a metaclass."""
from typing import Any


class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class Field:
    _counter = 0

    def __init__(self, *, default=None, required=True):
        self.default = default
        self.required = required and default is None
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        value = self.validate(value)
        setattr(obj, self.storage, value)

    def validate(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class String(Field):
    def __init__(self, *, min_len=0, max_len=None, choices=None, **kw):
        super().__init__(**kw)
        self.min_len, self.max_len, self.choices = min_len, max_len, choices

    def validate(self, value):
        if not isinstance(value, str):
            raise ValidationError(self.name, f"expected str, got {type(value).__name__}")
        value = value.strip()
        if len(value) < self.min_len:
            raise ValidationError(self.name, f"too short (min {self.min_len})")
        if self.max_len is not None and len(value) > self.max_len:
            raise ValidationError(self.name, f"too long (max {self.max_len})")
        if self.choices and value not in self.choices:
            raise ValidationError(self.name, f"must be one of {sorted(self.choices)}")
        return value


class Number(Field):
    def __init__(self, *, lo=None, hi=None, integer=False, **kw):
        super().__init__(**kw)
        self.lo, self.hi, self.integer = lo, hi, integer

    def validate(self, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            try:
                value = int(value) if self.integer else float(value)
            except (TypeError, ValueError):
                raise ValidationError(self.name, f"not a number: {value!r}") from None
        if self.integer and value != int(value):
            raise ValidationError(self.name, "must be an integer")
        if self.lo is not None and value < self.lo:
            raise ValidationError(self.name, f"must be >= {self.lo}")
        if self.hi is not None and value > self.hi:
            raise ValidationError(self.name, f"must be <= {self.hi}")
        return int(value) if self.integer else value


class ListOf(Field):
    def __init__(self, item_field, **kw):
        super().__init__(**kw)
        self.item = item_field

    def __set_name__(self, owner, name):
        super().__set_name__(owner, name)
        self.item.__set_name__(owner, name + "[]")

    def validate(self, value):
        return [self.item.validate(v) for v in value]


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "_fields", {}))
        own = sorted((v for v in ns.values() if isinstance(v, Field)), key=lambda f: f.order)
        fields.update((f.name, f) for f in own)
        cls._fields = fields
        if name != "Model":
            mcls.registry[name.lower()] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} fields={list(cls._fields)}>"


class Model(metaclass=ModelMeta):
    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower() + "s"

    def __init__(self, **data):
        errors = []
        for name, field in self._fields.items():
            if name in data:
                try:
                    setattr(self, name, data.pop(name))
                except ValidationError as e:
                    errors.append(str(e))
            elif field.required:
                errors.append(f"{name}: required")
        if data:
            errors.append(f"unknown fields: {sorted(data)}")
        if errors:
            raise ValidationError(type(self).__name__, "; ".join(errors))

    def to_dict(self):
        return {name: getattr(self, name) for name in self._fields}

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({args})"

    def __eq__(self, other):
        return type(self) is type(other) and self.to_dict() == other.to_dict()


class User(Model, table="people"):
    name = String(min_len=2, max_len=20)
    age = Number(lo=0, hi=150, integer=True)
    role = String(choices={"admin", "user", "guest"}, default="user")


class Employee(User):
    salary = Number(lo=0)
    skills = ListOf(String(min_len=1), default=())


print(User, Employee, User.table, Employee.table)
print(sorted(ModelMeta.registry), User.name, Employee.__dict__.get("name"), type(User.__dict__["age"]).__name__)

u = User(name="  Ada  ", age="36")
print(u, u.to_dict(), u._name)
u.age = 37.0
print(u.age, type(u.age).__name__)

samples = [
    dict(name="B", age=10),
    dict(name="Bob", age=-1, role="owner"),
    dict(age=5),
    dict(name="Carol", age=30, colour="blue"),
    dict(name=42, age="old"),
    dict(name="Dan", age=12.5),
]
for s in samples:
    try:
        print("ok:", User(**s))
    except ValidationError as e:
        print("invalid:", e)

e = Employee(name="Grace", age=45, salary="120000.5", skills=["cobol ", " compilers"], role="admin")
print(e, e.salary)
try:
    Employee(name="Eve", age=30, salary=1, skills=["ok", ""])
except ValidationError as err:
    print("invalid:", err, "| field:", err.field)
print(User(name="Zed", age=1) == User(name="Zed ", age=1.0), u == e)
print(isinstance(User, ModelMeta), type(Employee).__name__, Employee.__mro__[1].__name__)


class Lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        print(f"  (computed {self.attr})")
        return value


class Report:
    def __init__(self, nums):
        self.nums = nums

    @Lazy
    def total(self):
        """Sum of the numbers."""
        return sum(self.nums)


r = Report([1, 2, 3])
print(r.total, r.total, Report.total.__doc__, "total" in vars(r))
