class A:
    pass
class A():
    pass
class A(B):
    pass
class A(B, C):
    x = 1
    def m(self):
        return self.x
class A(B, metaclass=M):
    pass
class A(*bases, **kw):
    pass
class A(B, x=1, *c, **d):
    """Docstring."""
    pass
@dataclass
class Point:
    x: int
    y: int = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
class Empty: pass
