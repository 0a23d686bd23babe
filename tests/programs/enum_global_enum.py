# enum.global_enum: members in the module namespace, module.NAME reprs, bare-name str.
import enum
@enum.global_enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(R | W), str(R | W), repr(Perm(0)), repr(R), repr(Perm(8)), repr(R|W|X|8), format(R|W))
@enum.global_enum
class Col(enum.Enum):
    RED = 'r'
    GREEN = 'g'
print(repr(RED), str(RED), format(GREEN), f"{RED!r:>20}|")
@enum.global_enum
class P2(enum.Flag):
    A = 1
    B = 2
print(str(A), str(A|B))
try:
    repr(A | B)
except TypeError as e:
    print('TypeError', e)
class Q(enum.Enum):
    X = 1
    @enum.property
    def value(self): return 'custom'
print(Q.X.value, Q.X._value_)
import sys
print(Col.__module__, sys.modules[__name__].__dict__['GREEN'])
