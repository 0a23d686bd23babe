class P:
    def __getattr__(self, n):
        if n.startswith("x"): return n * 2
        raise AttributeError(n)
p = P()
try: p.zz
except AttributeError as e: print("AE", repr(e), e.args)
try: getattr(p, "zz")
except AttributeError as e: print("AE", repr(e))
print(getattr(p, "zz", "dflt"), hasattr(p, "zz"), p.xa)
class Q:
    def __getattr__(self, n):
        raise AttributeError(f"custom {n}") from None
try: Q().foo
except AttributeError as e: print("AE", repr(e))
class R:
    @property
    def broken(self):
        raise AttributeError("inner missing")
try: R().broken
except AttributeError as e: print("AE", repr(e))
class S:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, n):
        return "fallback " + n
print(S().broken)
# An error other than AttributeError from a property is not hidden by __getattr__.
class T:
    @property
    def boom(self):
        raise KeyError("k")
    def __getattr__(self, n):
        return "never"
try:
    T().boom
except KeyError as e:
    print("KeyError", e)
# The error object raised is the one the program created.
err = AttributeError("mine")
class U:
    def __getattr__(self, n):
        raise err
try:
    U().x
except AttributeError as e:
    print(e is err)
# Uncaught: the traceback shows the program's message.
P().missing
