# The __repr__ a dataclass writes belongs to the dataclass's module, as the other
# generated methods do: inspect and doctest's finder count it as this module's.
import dataclasses
import doctest
import inspect


@dataclasses.dataclass
class Point:
    """A point.

    >>> Point(1, 2)
    Point(x=1, y=2)
    """

    x: int
    y: int = 0


for name in ("__init__", "__repr__", "__eq__"):
    method = Point.__dict__[name]
    print(name, method.__module__, method.__qualname__, inspect.getmodule(method).__name__)
print(hasattr(Point.__repr__, "__wrapped__"), "__create_fn__" in Point.__repr__.__wrapped__.__qualname__)
doctest.testmod(verbose=True)
