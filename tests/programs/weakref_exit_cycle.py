# At exit the module namespace is garbage kept alive only by cycles (functions refer
# to their globals): weakrefs inside it die without calling back; weakref.finalize
# still runs (atexit), and __del__ sees intact globals.
import weakref
class W:
    pass
class Noisy:
    def __del__(self):
        print("del sees", label)
label = "globals"
w = W()
r = weakref.ref(w, lambda r: print("callback fired"))
class Holder:
    pass
h = Holder()
h.w = W()
h.r = weakref.ref(h.w, lambda r: print("callback fired holder"))
fin = weakref.finalize(h.w, print, "finalize fired")
objs = [W() for _ in range(3)]
refs = [weakref.ref(o, lambda r: print("callback list")) for o in objs]
d = weakref.WeakValueDictionary()
d["k"] = objs[0]
n = Noisy()
gone = W()
r2 = weakref.ref(gone, lambda r: print("callback before exit"))
del gone
print("end")
