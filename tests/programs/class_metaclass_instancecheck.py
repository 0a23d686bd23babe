class M(type):
    def __instancecheck__(cls, o): return o == 3
    def __subclasscheck__(cls, c): return c is int
class A(metaclass=M): pass
print(isinstance(3, A), isinstance(4, A), issubclass(int, A), issubclass(str, A))
print(isinstance(A(), A))
print(type.__instancecheck__(A, 4), type.__subclasscheck__(A, A))
class C: pass
C.__abstractmethods__ = frozenset({'x','y'})
try: C()
except TypeError as e: print(e)
try: object.__new__(C)
except TypeError as e: print(e)
C.__abstractmethods__ = frozenset()
print(type(C()).__name__)
print(object.__subclasshook__())
try: issubclass(3, int)
except TypeError as e: print(e)
