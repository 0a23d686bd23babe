# __slots__ may be any iterable of names; it is read once, when the class is created.


def names():
    yield "x"
    yield "y"


class FromGenerator:
    __slots__ = names()


class FromIterator:
    __slots__ = iter(["a", "b"])


class FromDictKeys:
    __slots__ = {"p": "first", "q": "second"}


g = FromGenerator()
g.x = 1
g.y = 2
print(g.x, g.y)
try:
    g.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(g, "__dict__"))
print(list(FromGenerator.__slots__))

i = FromIterator()
i.a = "A"
i.b = "B"
print(i.a + i.b)
try:
    i.c = 0
except AttributeError as e:
    print("AttributeError:", e)

d = FromDictKeys()
d.p, d.q = 1, 2
print(d.p, d.q)


class Sub(FromGenerator):
    __slots__ = (n for n in ["w"])


s = Sub()
s.x, s.w = 5, 6
print(s.x, s.w)
try:
    s.v = 7
except AttributeError as e:
    print("AttributeError:", e)

# Reassigning __slots__ later does not change the layout.
FromIterator.__slots__ = ("c",)
try:
    FromIterator().c = 1
except AttributeError as e:
    print("AttributeError:", e)

try:

    class BadItem:
        __slots__ = [1]

except TypeError as e:
    print("TypeError:", e)
try:

    class BadName:
        __slots__ = ["1a"]

except TypeError as e:
    print("TypeError:", e)
try:

    class Conflict:
        x = 1
        __slots__ = ["x"]

except ValueError as e:
    print("ValueError:", e)
try:

    class NotIterable:
        __slots__ = 5

except TypeError as e:
    print("TypeError:", e)
