from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name, bool(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(0).name)
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(Perm.R & Perm.W), repr(rw & Perm.R), repr(rw ^ Perm.W))
print(list(rw), list(Perm.R | Perm.X), list(Perm(0)), len(rw), len(Perm(7)))
print(Perm.R in rw, Perm.X in rw, Perm(7) is (Perm.R | Perm.W | Perm.X), Perm(6) is rw)
print(list(Perm), len(Perm), repr(Perm), format(Perm.R), f'{rw}')
try:
    Perm(8)
except ValueError as e:
    print('ValueError', repr(str(e)))
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError', e)
try:
    1 in rw
except TypeError as e:
    print('TypeError', e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), len(Color), list(Color.__members__), repr(Color.WHITE), list(Color.WHITE))
print(repr(Color.RED | Color.BLUE), repr(Color.RED | Color.GREEN | Color.BLUE), repr(~Color.RED), repr(~Color.WHITE))
print(Color.WHITE.value, Color(3), Color['WHITE'])

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), repr(IP(0)), str(IP(0)), repr(~IP.R), repr(~IP(0)))
print(repr(IP.R | 8), repr(IP(9)), repr(IP.R | 1), IP.R + 1, IP.R == 4, isinstance(IP.R, int), format(IP.W, '>4'), f'{IP.R|IP.X}')
print(repr(1 | IP.W), repr(IP.R & 5), repr(IP.R ^ 6), list(IP(7)), list(IP), IP.W in IP(6))

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Conform(7)), repr(Conform(4)))

class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(Eject(7)), repr(Eject(3)))

class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(Keep(7)), repr(Keep(4)))
print(repr(STRICT), STRICT, FlagBoundary.KEEP is KEEP)

Opts = Flag('Opts', 'A B C')
print(list(Opts), repr(Opts.A | Opts.C))
Bits = IntFlag('Bits', ['X', 'Y'])
print(list(Bits), repr(Bits.X | Bits.Y), Bits.Y + 0)
