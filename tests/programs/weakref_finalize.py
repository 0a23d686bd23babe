# weakref.finalize: runs once when its object dies, or at exit while still alive.
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def closing(name, *, how="gently"):
    print("closing", name, how)
    return name.upper()


r = Res("a")
f = weakref.finalize(r, closing, "a")
print(f.alive, f.atexit)
obj, func, args, kwargs = f.peek()
print(obj is r, func is closing, args, kwargs)
del obj
del r
print(f.alive, f.peek(), f(), f.detach())

r = Res("b")
f = weakref.finalize(r, closing, "b", how="by call")
print(f())
print(f.alive, f())
del r

r = Res("c")
f = weakref.finalize(r, closing, "c")
detached = f.detach()
print(f.alive, detached[0] is r, detached[2])
del r, detached

r = Res("d")
r.me = r
f = weakref.finalize(r, closing, "d", how="by the collector")
del r
print("before collect", f.alive)
gc.collect()
print("after collect", f.alive)

# Objects still alive at exit: their finalizers run then (newest first), unless
# atexit was turned off.
keep1 = Res("e")
weakref.finalize(keep1, closing, "e", how="at exit")
keep2 = Res("f")
weakref.finalize(keep2, closing, "f", how="at exit")
keep3 = Res("g")
quiet = weakref.finalize(keep3, closing, "g")
quiet.atexit = False
print(quiet.atexit)
print("end of program")
