# Every class has a __doc__ in its namespace (None without a docstring), so its
# instances and subclasses read it.
class Plain:
    pass


class Documented:
    """Says what it is."""


class Child(Documented):
    pass


Dynamic = type("Dynamic", (), {})
for cls in (Plain, Documented, Child, Dynamic):
    print(cls.__name__, repr(cls.__doc__), repr(cls().__doc__), "__doc__" in vars(cls))
