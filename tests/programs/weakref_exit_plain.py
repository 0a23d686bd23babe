# A module namespace without cycles is freed entry by entry at exit: the weakref,
# defined after its referent, is still alive when the referent dies and calls back.
# (The callback's globals are a namespace of its own, so nothing refers back here.)
import weakref
class W: pass
callback = eval("lambda r: print('callback fired', type(r).__name__)", {})
w = W(); r = weakref.ref(w, callback)
print("end")
