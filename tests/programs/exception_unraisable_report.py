class D:
    def __del__(self):
        try:
            1/0
        except ZeroDivisionError:
            e = ValueError("v")
            e.add_note("a note")
            raise e
d = D()
del d
print("end")
class O:
    class Inner(Exception): pass
class D:
    def __init__(self, e): self.e = e
    def __del__(self):
        raise self.e
for e in (ValueError(), O.Inner("x")):
    d = D(e)
    del d
import sys


class G:
    def __del__(self):
        raise ExceptionGroup("in del", [ValueError(1), TypeError(2)])


g = G()
del g


def hook(u):
    print("hook:", type(u.exc_value).__name__, u.exc_value)
    sys.__unraisablehook__(u)


sys.unraisablehook = hook
g = G()
del g
print("done")
