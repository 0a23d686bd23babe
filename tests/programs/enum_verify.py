# enum.verify with UNIQUE, CONTINUOUS and NAMED_FLAGS, EnumCheck and show_flag_values.
import enum
from enum import verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, Enum, Flag, IntFlag, EnumCheck
print(list(EnumCheck), EnumCheck.UNIQUE, repr(CONTINUOUS), enum.show_flag_values(13), enum.show_flag_values(0))
@verify(UNIQUE, CONTINUOUS)
class Ok(Enum):
    A = 1
    B = 2
    C = 3
print(list(Ok))
def attempt(make):
    try:
        cls = make()
        print("ok", list(cls))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def dup():
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        CRIMSON = 1
        GREEN = 2
        LIME = 2
    return Color
def gap():
    @verify(CONTINUOUS)
    class Num(Enum):
        ONE = 1
        TWO = 2
        FIVE = 5
    return Num
def flag_gap():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        D = 8
        E = 32
    return F
def named():
    @verify(NAMED_FLAGS)
    class C(Flag):
        RED = 1
        GREEN = 2
        BLUE = 4
        WHITE = 15
        NEON = 31
    return C
def named1():
    @verify(NAMED_FLAGS)
    class C(IntFlag):
        RED = 1
        WHITE = 3
    return C
def notenum():
    @verify(UNIQUE)
    class X:
        pass
    return X
for m in (dup, gap, flag_gap, named, named1, notenum):
    attempt(m)
@verify(NAMED_FLAGS, CONTINUOUS)
class Good(Flag):
    R = 1
    G = 2
    B = 4
    ALL = 7
print(list(Good), Good.ALL)
