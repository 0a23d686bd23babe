# A class statement adds `__dict__` / `__weakref__` descriptors to the new
# class's namespace when its instances gain them (and no base gives them).
import abc
import collections
import weakref


class A:
    "doc"
    x = 1

    def f(self):
        pass


class B(A):
    pass


class E(Exception):
    pass


class I(int):
    pass


class L(list):
    pass


class S:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a", "__dict__")


class S3(S):
    pass


class W(S2):
    __slots__ = ("__weakref__",)


class AB(abc.ABC):
    pass


class T(tuple):
    pass


class F(float):
    pass


class Q(collections.deque):
    pass


class FS(frozenset):
    pass


class P(property):
    pass


for c in (A, B, E, I, L, S, S2, S3, W, AB, T, F, Q, FS, P):
    print(c.__name__, list(vars(c)))

print(A.__dict__["__dict__"], A.__dict__["__weakref__"])
print(type(A.__dict__["__dict__"]).__name__, A.__dict__["__dict__"].__doc__)
print(A.__dict__["__weakref__"].__doc__, A.__dict__["__dict__"].__objclass__ is A)
a = A()
a.y = 2
print(vars(a), A.__dict__["__dict__"].__get__(a) is a.__dict__, a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r, A.__weakref__ is A.__dict__["__weakref__"])
A.__dict__["__dict__"].__set__(a, {"z": 3})
print(a.z, vars(a))
del a.__dict__
print(vars(a))
try:
    a.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    A.__dict__["__dict__"].__get__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    A.__dict__["__weakref__"].__set__(a, None)
except AttributeError as e:
    print("AttributeError:", e)
s2 = S2()
s2.k = 1
print(s2.__dict__, vars(W), W().__weakref__)
ns = dict(vars(A))
C = type("C", (), ns)
print(list(vars(C)), C.__dict__["__dict__"] is A.__dict__["__dict__"])
