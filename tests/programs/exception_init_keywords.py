# A class with its own __init__ takes keyword arguments; BaseException's own refuses them.
class E(Exception):
    def __init__(self, a=None):
        super().__init__(a)
print(repr(E(a=1)))
try:
    ValueError(x=1)
except TypeError as e: print(e)
class F(Exception): pass
try: F(x=1)
except TypeError as e: print(e)
class G(OSError):
    def __init__(self, a=None): super().__init__(a)
print(repr(G(a=2)))
