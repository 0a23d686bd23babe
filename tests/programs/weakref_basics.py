import weakref
import gc
class A:
    def __del__(self): print("del A")
a = A()
r = weakref.ref(a, lambda w: print("callback", w() is None))
print(r() is a, weakref.getweakrefcount(a), weakref.ref(a) is weakref.ref(a))
del a
print("after del", r())
b = A(); c = A(); b.c = c; c.b = b
rb = weakref.ref(b, lambda w: print("cb b"))
del b, c
print("collected", gc.collect())
print(rb())
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
