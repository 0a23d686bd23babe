import functools
import re
import collections.abc as c
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(obj, suffix=""):
    """Describe an object."""
    return "object:" + type(obj).__name__ + suffix


@describe.register
def _(obj: int, suffix=""):
    return "int:%d%s" % (obj, suffix)


@describe.register(str)
def _(obj, suffix=""):
    return "str:" + obj + suffix


def describe_list(obj, suffix=""):
    return "list of %d" % len(obj)


print(describe.register(list, describe_list) is describe_list)


@describe.register(float)
def _(obj, suffix=""):
    return "number:%r" % obj


@describe.register(c.Mapping)
def _(obj, suffix=""):
    return "mapping of %d" % len(obj)


@describe.register(c.Sequence)
def _(obj, suffix=""):
    return "sequence of %d" % len(obj)


print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)
print(describe(1), describe(True), describe("s", suffix="!"), describe([1, 2]))
print(describe(2.5), describe({1: 2}), describe((1, 2, 3)), describe(None))
print(describe(b"xy"), describe(range(4)), describe(object()))


class MyList(list):
    pass


class MyInt(int):
    pass


print(describe(MyList([1])), describe(MyInt(7)))
print(describe.dispatch(bool).__name__, describe.dispatch(MyList) is describe_list)
print(describe.dispatch(object) is describe.registry[object])
print(type(describe.registry).__name__, len(describe.registry))
print(sorted(k.__name__ for k in describe.registry))
try:
    describe.registry[set] = None
except TypeError as e:
    print("TypeError", e)


# virtual subclasses registered with an ABC are found after the registration
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        raise IndexError


print(describe(Seq()))
c.Sequence.register(Seq)
print(describe(Seq()))


# implicit ABCs through __subclasshook__
class Sized:
    def __len__(self):
        return 0


@singledispatch
def size_kind(x):
    return "unknown"


@size_kind.register
def _(x: c.Sized):
    return "sized"


@size_kind.register(c.Iterable)
def _(x):
    return "iterable"


print(size_kind(Sized()), size_kind(iter([])), size_kind(5))
try:
    print(size_kind([1]))
except RuntimeError as e:
    print("RuntimeError", e)


@size_kind.register(c.Collection)
def _(x):
    return "collection"


print(size_kind([1]), size_kind("ab"), size_kind(Sized()))


# errors
try:
    describe()
except TypeError as e:
    print(e)
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print(e)
try:
    @describe.register
    def _(x):
        pass
except TypeError as e:
    print(re.sub(" at 0x[0-9a-fA-F]+", "", str(e)))
try:
    @describe.register
    def _(x: "int | list[int]"):
        pass
except TypeError as e:
    print(e)
try:
    @describe.register
    def _(x: list[int]):
        pass
except TypeError as e:
    print(e)


# union registration
@singledispatch
def u(x):
    return "default"


@u.register
def _(x: int | str):
    return "int or str"


print(u(1), u("a"), u(1.0), sorted(k.__name__ for k in u.registry))


# diamond: the MRO decides
class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


@singledispatch
def which(x):
    return "object"


which.register(A, lambda x: "A")
which.register(C, lambda x: "C")
print(which(D()), which(B()), which(A()))
which.register(B, lambda x: "B")
print(which(D()), which(C()))


# singledispatchmethod
class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg

    @neg.register(list)
    def _(self, arg):
        return [self.neg(x) for x in arg]

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return "%s default %r" % (cls.__name__, arg)

    @make.register(int)
    @classmethod
    def _(cls, arg):
        return "%s int %r" % (cls.__name__, arg)

    @singledispatchmethod
    @staticmethod
    def stat(arg):
        return "static default"

    @stat.register
    @staticmethod
    def _(arg: str):
        return "static str"


n = Neg()
print(n.neg(5), n.neg(True), n.neg([1, False, 2]))
try:
    n.neg("x")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Neg.make(1), Neg.make("s"), n.make(2))
print(Neg.stat(1), n.stat("x"))
print(n.neg.__name__, Neg.neg.__isabstractmethod__)
print(type(Neg.__dict__["neg"]).__name__)
try:
    singledispatchmethod(5)
except TypeError as e:
    print(e)
print("singledispatch" in functools.__all__, "singledispatchmethod" in functools.__all__)
