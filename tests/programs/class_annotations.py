# A class's __annotations__ are its own: a class without annotations gets an empty
# dict of its own on first use (never its base class's); builtin types have none.
class A:
    x: int
class B(A):
    pass
class C:
    pass
print(A.__annotations__, B.__annotations__, C.__annotations__)
print("__annotations__" in B.__dict__, "__annotations__" in C.__dict__)
B.__annotations__["y"] = str
print(A.__annotations__, B.__annotations__)
import typing
print(typing.get_type_hints(B))
try:
    int.__annotations__
except AttributeError as e:
    print(e)
def f(): pass
print(f.__annotations__)
del A.__annotations__
print(A.__annotations__)
print(sorted(k for k in vars(C) if not k.startswith("__w")))
class D(A):
    z: float = 1.5
print(D.__annotations__, typing.get_type_hints(D))
