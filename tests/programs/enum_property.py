# enum.property: members named like a property, class access, set/delete errors; dir() of enums.
import enum
class C(enum.Enum):
    A = 1
    @enum.property
    def label(self):
        return self.name.lower()
print(C.A.label, C.A.name, C.A.value)
for f in [lambda: C.name, lambda: C.value, lambda: C.label, lambda: C.A.nope, lambda: setattr(C.A, 'name', 3), lambda: setattr(C.A, 'label', 3), lambda: delattr(C.A, 'label'), lambda: delattr(C.A, 'value')]:
    try: print(f())
    except AttributeError as e: print('AE', e)
print(hasattr(C, 'name'), hasattr(C.A, 'name'), 'name' in dir(C.A), 'label' in dir(C.A), 'label' in dir(C))
class F(enum.Enum):
    name = 1
    value = 2
    label = 3
print(F.name, F.value, F.name.name, F.value.value, F['name'], F.label.name, F.label.value, list(F))
class G(enum.IntEnum):
    real = 5
    imag = 6
print(G.real, G.real.value, G.imag.name)
print(vars(C)['label'].name, vars(C)['label'].clsname, enum.property.__doc__ is not None)
print(type(C.__dict__['label']).__name__, type(enum.Enum.__dict__['name']).__name__, enum.property.__mro__)

class C(enum.Enum):
    A = 1
    def helper(self): pass
    @enum.property
    def label(self): return 1
    @property
    def plain(self): return 2
print(dir(C))
print(dir(C.A))
class I(enum.IntEnum):
    X = 1
    def helper(self): pass
print([n for n in dir(I) if not n.startswith('__')])
