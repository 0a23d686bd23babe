# inspect.classify_class_attrs: each name of dir(cls) with its kind and home class.
import inspect
class A:
    x = 1
    def f(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
class B(A):
    y = 2
for a in inspect.classify_class_attrs(B):
    if a.name.startswith('__') and a.name not in ('__init__', '__dict__', '__doc__', '__module__', '__weakref__', '__class__', '__repr__', '__new__', '__subclasshook__'):
        continue
    print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
