# PEP 442: __del__ of cyclic garbage runs once; is_finalized shows it.
import gc

gc.disable()
kept = []


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        kept.append(self)


r = Res("solo")
print(gc.is_finalized(r))
r.me = r
del r
print("found:", gc.collect())
print("resurrected:", len(kept), gc.is_finalized(kept[0]))
kept.clear()
# Its finalizer does not run again: the cycle is simply freed now.
print("second time:", gc.collect())

a = Res("a")
b = Res("b")
a.b = b
b.a = a
del a, b
print("found:", gc.collect())
print(sorted(x.name for x in kept), all(gc.is_finalized(x) for x in kept))
kept.clear()
print("freed:", gc.collect())


class Plain:
    def __del__(self):
        print("plain __del__")


p = Plain()
q = p
del p
print(gc.is_finalized(q))
del q


class Saver:
    def __del__(self):
        global saved
        saved = self


Saver()
print("made")
print("refcount finalizer:", gc.is_finalized(saved))
del saved
print(gc.is_finalized(1), gc.is_finalized([]))
gc.enable()
