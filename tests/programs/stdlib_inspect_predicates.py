import inspect
import sys
import types

def func():
    "A function."
    return 1

def gen():
    yield 1

class Base:
    """Base class.

        Indented detail line.
    """
    attr = 5
    def method(self):
        """Method doc."""
    @property
    def prop(self):
        return 1
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass

class Child(Base):
    def method(self):
        pass

objs = [('module', sys), ('class', Base), ('function', func), ('lambda', lambda: 0),
        ('bound method', Base().method), ('generator function', gen), ('generator', gen()),
        ('builtin', len), ('int', 3), ('property', Base.__dict__['prop'])]
preds = ['ismodule', 'isclass', 'isfunction', 'ismethod', 'isgeneratorfunction', 'isgenerator',
         'isbuiltin', 'isroutine', 'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction',
         'isdatadescriptor', 'isabstract', 'iscode', 'istraceback', 'isframe']
for label, obj in objs:
    print(label, [p for p in preds if getattr(inspect, p)(obj)])
print(inspect.iscode(func.__code__), inspect.isgeneratorfunction(Base().method))

import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass
class Concrete(Abstract):
    def run(self):
        pass
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(Abstract()) if False else '-')

print(inspect.getmro(Child) == (Child, Base, object))
members = inspect.getmembers(Child, lambda v: not isinstance(v, (str, dict, type(None))))
print([name for name, value in members if not name.startswith('__')])
print([(n, v) for n, v in inspect.getmembers(Base()) if n == 'attr' or n == 'prop'])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])

class Thing:
    def __init__(self):
        self.b = 2
        self.a = 1
print([(n, v) for n, v in inspect.getmembers(Thing()) if not n.startswith('_')])

print(repr(inspect.getdoc(Base)))
print(inspect.getdoc(func), inspect.getdoc(Child.method), inspect.getdoc(Child().method))
print(inspect.getdoc(Child))
print(repr(inspect.cleandoc('''   First line.
      second
        third

    fourth
''')))
print(repr(inspect.cleandoc('\n\n  only\n   more\n\n')))
print(repr(inspect.cleandoc('single')), repr(inspect.cleandoc('')))
print(inspect.getmodule(func) is sys.modules[__name__], inspect.getmodule(Base).__name__)
print(inspect.getmodule(inspect) is inspect)
print(inspect.getfile(func) == __file__, inspect.getfile(Base) == __file__, inspect.getfile(func.__code__) == __file__)
print(inspect.getsourcefile(func) == __file__, inspect.getmodulename('/a/b/spam.py'), inspect.getmodulename('x.txt'))
try:
    inspect.getfile(len)
except TypeError as e:
    print('TypeError:', e)
try:
    inspect.getfile(3)
except TypeError as e:
    print('TypeError:', e)
print(inspect.indentsize('    x'), inspect.indentsize('\tx'))
print(inspect.currentframe().f_code.co_name)
def where():
    return inspect.currentframe().f_back.f_code.co_name
print(where())
