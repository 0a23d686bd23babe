# Builtin types and their instances carry CPython's docstrings.
print(int.__doc__[:30], ValueError.__doc__, type.__doc__.splitlines()[0], bool.__doc__.splitlines()[0])
class A: pass
class B(int): pass
class E(Exception): pass
print(A.__doc__, B.__doc__, KeyError("x").__doc__, (5).__doc__[:10], E().__doc__, B(3).__doc__)
def g(): yield
print(g().__doc__, [].__doc__[:20], object().__doc__, property(len).__doc__)
print(slice(1).__doc__.splitlines()[0], range.__doc__.splitlines()[0], zip.__doc__.splitlines()[0])
