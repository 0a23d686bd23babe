class C:
    __slots_like = 1
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
        __local = 5
        self.v = __local
    def get(self):
        return self.__x, C.__slots_like, self.__y__
    def __private(self):
        return "p"
    def call(self):
        return self.__private()
    def kw(self, *, __k=3):
        return __k
    def ann(self, __a: int) -> None:
        pass
    class __Inner:
        __z = 9
        def f(self): return self.__z
c = C()
print(c.get(), c.call(), c.kw(), c.v)
print(sorted(k for k in vars(c)))
print(sorted(k for k in vars(C) if 'C' in k or 'I' in k))
print(C.kw.__kwdefaults__, C.ann.__annotations__)
print(C._C__Inner().f(), C._C__Inner._Inner__z)
class _:
    __q = 1
print('__q' in vars(_))
class __D:
    def m(self): self.__w = 1; return vars(self)
print(__D().m())
def outer():
    class E:
        def g(self):
            __n = 1
            def inner():
                return __n
            return inner()
    return E().g()
print(outer())
try:
    c.__x
except AttributeError as e:
    print(e)
g = 1
class F:
    global __gg
    __gg = 5
print(_F__gg)
import sys
class G:
    import sys as __s
print(G._G__s is sys)
