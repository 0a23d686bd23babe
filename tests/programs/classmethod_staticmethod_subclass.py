# classmethod and staticmethod can be subclassed (abc's abstractclassmethod
# pattern); instances keep binding as the builtin descriptors do.


class abstractish(classmethod):
    __isabstractmethod__ = True

    def __init__(self, func):
        func.__isabstractmethod__ = True
        super().__init__(func)


class loud_static(staticmethod):
    calls = 0

    def __get__(self, obj, owner=None):
        loud_static.calls += 1
        return super().__get__(obj, owner)


class Model:
    @abstractish
    def create(cls, n):
        return f"{cls.__name__}.create({n})"

    @loud_static
    def helper(x):
        return x * 2


class Sub(Model):
    pass


print(Model.create(1), Sub.create(2), Sub().create(3))
print(Model.helper(4), Model().helper(5), loud_static.calls)
d = Model.__dict__["create"]
print(type(d).__name__, isinstance(d, classmethod), d.__isabstractmethod__)
print(d.__func__.__name__, d.__wrapped__ is d.__func__)
print(type(Model.__dict__["helper"]).__name__, Model.__dict__["helper"].__func__.__name__)
print(Model.__dict__["helper"](21))
print(list(vars(abstractish)), list(vars(loud_static)))


class counted(classmethod):
    def __init__(self, func):
        super().__init__(func)
        self.uses = 0


class Thing:
    @counted
    def make(cls):
        return cls


desc = Thing.__dict__["make"]
desc.uses += 1
print(Thing.make() is Thing, desc.uses, vars(desc)['uses'])
for kind in (classmethod, staticmethod):
    try:
        kind.__get__(42, None, int)
    except TypeError as e:
        print("TypeError:", e)
