# Multiple inheritance, C3 linearisation, super() chains and MRO errors.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class W(K1, K2, K3): pass
print([k.__name__ for k in W.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(X, K1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError", e)
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
class Left(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Left")
class Right(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Right")
class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")
print(Both().log)
class P:
    def m(self):
        return "P.m"
    @classmethod
    def cm(cls):
        return "P.cm " + cls.__name__
    @staticmethod
    def sm():
        return "P.sm"
class Q(P):
    def m(self):
        return "Q>" + super(Q, self).m()
    @classmethod
    def cm(cls):
        return "Q>" + super().cm()
    def sm_via_super(self):
        return super().sm()
print(Q().m(), Q.cm(), Q().sm_via_super(), super(Q, Q()).m())
print(issubclass(D, (int, A)), isinstance(D(), (B, C)), issubclass(bool, int), isinstance(True, int), issubclass(D, D))
print(isinstance(1, (str, (list, int))), issubclass(int, object), isinstance(int, type), isinstance(type, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
class Attr1:
    x = "one"
class Attr2:
    x = "two"
    y = "two-y"
class Attr3(Attr1, Attr2):
    pass
print(Attr3.x, Attr3.y, Attr3.__mro__[1].__name__)
class Deep(D):
    pass
print(Deep().who(), len(Deep.__mro__), Deep.__base__.__name__ if hasattr(Deep, "__base__") else "D")
def outside(self):
    return "outside " + type(self).__name__
class Late:
    pass
Late.method = outside
print(Late().method())
