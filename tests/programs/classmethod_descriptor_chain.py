# A classmethod over another descriptor binds through that descriptor's __get__(owner,
# owner), as in CPython 3.9 to 3.12: a classmethod over a property is a class property.
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class Tracing:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, owner=None):
        print("   __get__", getattr(obj, "__name__", obj), getattr(owner, "__name__", owner))
        return lambda *a: self.f(owner, *a)


class Plain:
    def __call__(self, *args):
        return ("called with", len(args))


class Config:
    _name = "base"

    @classmethod
    @property
    def label(cls):
        return f"{cls.__name__}:{cls._name}"

    @classmethod
    @staticmethod
    def helper(x=1):
        return x * 10

    @classmethod
    @Tracing
    def traced(cls, y):
        return (cls.__name__, y)

    plain = classmethod(Plain())

    @classmethod
    def normal(cls):
        return cls.__name__


class Child(Config):
    _name = "child"


print(Config.label, Child.label, Child().label)
print(Config.helper(), Child.helper(4))
print(Child.traced(5))
print(Config.plain.__self__.__name__, Config.plain())
print(Config.normal(), Child().normal(), Child.normal.__self__ is Child)
