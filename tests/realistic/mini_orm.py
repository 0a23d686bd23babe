"""A miniature ORM: field descriptors with __set_name__, a metaclass that
collects fields and builds a table schema, __init_subclass__ registration,
a chainable query builder producing SQL text, and an in-memory table."""

from datetime import date


class Field:
    sql_type = "TEXT"

    def __init__(self, *, primary=False, null=False, default=None):
        self.primary, self.null, self.default = primary, null, default

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is None and not self.null:
            raise ValueError(f"{self.name} may not be NULL")
        if value is not None:
            value = self.convert(value)
        setattr(obj, self.attr, value)

    def convert(self, value):
        return str(value)

    def ddl(self):
        parts = [self.name, self.sql_type]
        if self.primary:
            parts.append("PRIMARY KEY")
        if not self.null:
            parts.append("NOT NULL")
        return " ".join(parts)


class Integer(Field):
    sql_type = "INTEGER"

    def convert(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.name} must be an int, not {type(value).__name__}")
        return value


class Date(Field):
    sql_type = "DATE"

    def convert(self, value):
        return value if isinstance(value, date) else date.fromisoformat(value)


class ModelMeta(type):
    def __new__(mcls, name, bases, ns, table=None):
        cls = super().__new__(mcls, name, bases, ns)
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "_fields", {}))
        fields.update({k: v for k, v in ns.items() if isinstance(v, Field)})
        cls._fields = fields
        cls._table = table or name.lower() + "s"
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table}>"


class Model(metaclass=ModelMeta):
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Model.registry[cls._table] = cls

    def __init__(self, **values):
        unknown = values.keys() - self._fields.keys()
        if unknown:
            raise TypeError(f"unknown fields: {sorted(unknown)}")
        for name, f in self._fields.items():
            setattr(self, name, values.get(name, f.default))

    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({inner})"

    @classmethod
    def schema(cls):
        cols = ",\n  ".join(f.ddl() for f in cls._fields.values())
        return f"CREATE TABLE {cls._table} (\n  {cols}\n);"

    @classmethod
    def where(cls, **conds):
        return Query(cls).where(**conds)


class Query:
    def __init__(self, model, conds=(), order=None, limit=None):
        self.model, self.conds, self.order, self.limit_ = model, tuple(conds), order, limit

    def _copy(self, **kw):
        q = Query(self.model, self.conds, self.order, self.limit_)
        q.__dict__.update(kw)
        return q

    def where(self, **conds):
        for key in conds:
            name = key.split("__")[0]
            if name not in self.model._fields:
                raise AttributeError(f"{self.model.__name__} has no field {name!r}")
        return self._copy(conds=self.conds + tuple(sorted(conds.items())))

    def order_by(self, field):
        return self._copy(order=field)

    def limit(self, n):
        return self._copy(limit_=n)

    OPS = {"gt": ">", "lt": "<", "ge": ">=", "le": "<=", "ne": "!="}

    def sql(self):
        text = f"SELECT * FROM {self.model._table}"
        if self.conds:
            parts = []
            for key, value in self.conds:
                name, _, op = key.partition("__")
                parts.append(f"{name} {self.OPS.get(op, '=')} {value!r}")
            text += " WHERE " + " AND ".join(parts)
        if self.order:
            desc = self.order.startswith("-")
            text += f" ORDER BY {self.order.lstrip('-')}" + (" DESC" if desc else "")
        if self.limit_ is not None:
            text += f" LIMIT {self.limit_}"
        return text

    def run(self, rows):
        import operator
        def ok(row):
            for key, value in self.conds:
                name, _, op = key.partition("__")
                fn = {"gt": operator.gt, "lt": operator.lt, "ge": operator.ge,
                      "le": operator.le, "ne": operator.ne}.get(op, operator.eq)
                if not fn(getattr(row, name), value):
                    return False
            return True
        out = [r for r in rows if ok(r)]
        if self.order:
            out.sort(key=lambda r: getattr(r, self.order.lstrip("-")), reverse=self.order.startswith("-"))
        return out[: self.limit_]


class Person(Model):
    id = Integer(primary=True)
    name = Field()
    born = Date(null=True)


class Employee(Person, table="staff"):
    salary = Integer(default=0)


print(Person, Employee, sorted(Model.registry))
print(Employee.schema())
people = [
    Employee(id=1, name="Ada", born="1815-12-10", salary=5200),
    Employee(id=2, name="Grace", born=date(1906, 12, 9), salary=6100),
    Employee(id=3, name="Alan", salary=4800),
    Employee(id=4, name="Edsger", born="1930-05-11", salary=6100),
]
print(people[0], type(people[0].born).__name__)
q = Employee.where(salary__ge=5000).order_by("-salary").limit(2)
print(q.sql())
print([p.name for p in q.run(people)])
print(Employee.where(name="Alan").sql(), [p.id for p in Employee.where(name="Alan").run(people)])
for bad in (lambda: Employee(id="7", name="x"), lambda: Employee(id=8, name=None),
            lambda: Employee(id=9, name="y", age=3), lambda: Employee.where(age__gt=3),
            lambda: Employee(id=True, name="z")):
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
print(type(Employee.salary).__name__, Employee.id.ddl(), list(Employee._fields), isinstance(Employee, ModelMeta))
