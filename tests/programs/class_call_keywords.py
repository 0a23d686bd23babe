import dataclasses, traceback
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
print(P(x=1, y=2), P(1, y=5), P(x=3))
try: P(z=1)
except TypeError as e: print(e)
try: P(1, x=2)
except TypeError as e: print(e)
class K:
    def __init__(self, a, *, b, **kw): print(a, b, kw)
K(1, b=2); K(a=1, b=3, c=4)
try: K(1)
except TypeError as e: print(e)
class N:
    def __new__(cls, v, scale=1): return v * scale
print(N(3, scale=4), N(v=2))
class NoInit: pass
try: NoInit(a=1)
except TypeError as e: print(e)
class Gen:
    def __init__(self, x=1):
        yield x
try: Gen(x=2)
except TypeError as e: print(e)
class R:
    def __init__(self, x): return 5
try: R(x=1)
except TypeError as e: print(e)
@dataclass(frozen=True, kw_only=True)
class F:
    a: int
    b: str = 'q'
print(F(a=1), F(b='z', a=2))
class Bad:
    def __init__(self, x): raise ValueError(x)
try: Bad(x=9)
except ValueError: traceback.print_exc()
