# An instance of a subclass of a builtin type has the builtin value's attributes:
# `real` / `numerator` of an int subclass, `fget` of a property subclass (the
# classproperty and cached-property recipes read it in their own __get__).
class Count(int):
    pass


class Ratio(float):
    pass


class Signal(complex):
    pass


print(Count(3).real, type(Count(3).real).__name__, Count(3).imag, Count(3).numerator,
      Count(3).denominator, Count(7).bit_length())
print(Ratio(2.5).real, type(Ratio(2.5).real).__name__, Ratio(2.5).imag, Ratio(2.5).is_integer())
print(Signal(1, 2).real, Signal(1, 2).imag, Signal(1, 2).conjugate())


class Plain(property):
    pass


p = Plain(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel, p.__doc__, Plain.__doc__)


class classproperty(property):
    def __get__(self, obj, owner):
        return self.fget(owner)


class Config:
    _level = 5

    @classproperty
    def level(cls):
        return cls._level * 2


print(Config.level, Config().level)


class cached(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fget(obj)
        obj.__dict__[self.fget.__name__] = value
        return value


class Report:
    runs = 0

    @cached
    def data(self):
        Report.runs += 1
        return [1, 2, 3]


r = Report()
print(r.data, r.data, Report.runs, isinstance(Report.data, property), Report.data.fget.__name__)
