class M(type):
    def mro(cls):
        print("mro called", cls.__name__)
        return [cls, object]
class B: x = 1
class A(B, metaclass=M): pass
print(A.__mro__, hasattr(A, 'x'))
class M2(type):
    def mro(cls):
        return [1, 2]
try:
    class C(metaclass=M2): pass
except TypeError as e:
    print("TE", e)
class M3(type):
    def mro(cls):
        return (cls, int, object)
try:
    class D(metaclass=M3): pass
except TypeError as e:
    print("TE", e)
class M4(type):
    def mro(cls):
        return [cls, B, object]
class E(metaclass=M4): pass
print(E.__mro__, E.x)
