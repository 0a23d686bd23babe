# isinstance consults type(x) first, then x.__class__ when it names another class
# (proxies and mocks report the class they stand in for).


class Target:
    pass


class Other:
    pass


class Proxy:
    def __init__(self, wrapped):
        self._wrapped = wrapped

    @property
    def __class__(self):
        return type(self._wrapped)


p = Proxy(Target())
print(isinstance(p, Target), isinstance(p, Proxy), isinstance(p, Other))
print(isinstance(p, (Other, Target)), isinstance(p, object))
print(type(p).__name__, p.__class__.__name__)


class SubTarget(Target):
    pass


print(isinstance(Proxy(SubTarget()), Target), isinstance(Proxy(1), int))
# issubclass is not affected: it looks at the class itself.
print(issubclass(Proxy, Target))


class NotAClass:
    @property
    def __class__(self):
        return "not a class"


print(isinstance(NotAClass(), str), isinstance(NotAClass(), NotAClass))


class Raising:
    @property
    def __class__(self):
        raise AttributeError("no class here")


print(isinstance(Raising(), Target), isinstance(Raising(), Raising))


class Failing:
    @property
    def __class__(self):
        raise ValueError("boom")


try:
    isinstance(Failing(), Target)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(Failing(), Failing))
