# io.TextIOWrapper over binary buffers: BytesIO, custom objects; reading, writing,
# newline modes, tell/seek, detach, close, errors.
import gc
def make():
    def f(): return (1, 2, 3)
    f.self = f
make()
print(gc.collect())
class A: pass
a = A(); a.me = a
del a
print(gc.collect())
print(gc.is_tracked((1, 2)), gc.is_tracked([]), gc.is_tracked({}))
import weakref
class B: pass
b = B()
p = weakref.proxy(b)
print(type(p), weakref.ProxyType)
