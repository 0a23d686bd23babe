# Function attributes: names, qualnames, docstrings, defaults, annotations, module.
def plain(a, b: int = 2, *args: str, c: float = 1.5, **kw) -> bool:
    """Docstring of plain.

    More lines."""
    return True
print(plain.__name__, plain.__qualname__, plain.__module__, repr(plain.__doc__))
print(plain.__defaults__, plain.__kwdefaults__, plain.__annotations__)
def nodoc():
    x = "not a docstring"
    return x
def nodoc2():
    pass
    "too late"
print(nodoc.__doc__, nodoc2.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)
class Outer:
    """Outer doc."""
    class Inner:
        def method(self):
            def local():
                pass
            return local
    def meth(self):
        return (lambda: 0)
    @staticmethod
    def st():
        pass
    @classmethod
    def cm(cls):
        pass
print(Outer.__doc__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.Inner().method().__qualname__, Outer().meth().__qualname__, Outer.st.__qualname__, Outer.cm.__qualname__)
print(Outer.meth.__name__, Outer().meth.__name__, Outer().meth.__func__ is Outer.meth, Outer.__module__, Outer.__name__)
def gen():
    yield 1
print(gen.__name__, gen().__name__, gen().__qualname__)
plain.__doc__ = "changed"
plain.custom = 42
print(plain.__doc__, plain.custom, "custom" in plain.__dict__)
renamed = plain
renamed.__name__ = "renamed"
print(plain.__name__, renamed.__qualname__)
def defaults_mutable(x=[]):
    x.append(1)
    return x
defaults_mutable()
defaults_mutable()
print(defaults_mutable.__defaults__)
defaults_mutable.__defaults__ = ([9],)
print(defaults_mutable())
def kwo(*, a=1, b):
    return a, b
print(kwo.__kwdefaults__, kwo(b=2))
annotated_x: int = 5
annotated_y: "str"
print(__annotations__, annotated_x)
class WithAnn:
    field: int
    other: str = "x"
    def m(self) -> None: ...
print(WithAnn.__annotations__, WithAnn.other, WithAnn.m.__annotations__)
print(callable(plain), type(plain).__name__, type(len).__name__, type(Outer().meth).__name__, type([].append).__name__)
print(repr(len), repr(print)[:25], str(abs))
