# Assigning an instance's __dict__ makes that dict its namespace (the Borg idiom).
class Borg:
    _shared = {}

    def __init__(self):
        self.__dict__ = self._shared


class Radio(Borg):
    def __init__(self, station=None):
        super().__init__()
        if station:
            self.station = station
        elif not hasattr(self, "station"):
            self.station = "Init"


a = Radio()
b = Radio()
a.station = "Idle"
print(a.station, b.station, a.__dict__ is b.__dict__ is Borg._shared)
c = Radio("Jazz")
print(a.station, b.station, c.station, Borg._shared)
b.volume = 3
print(vars(a), a is b)
del c.volume
print(hasattr(a, "volume"))


class P:
    def __init__(self, v):
        self.a = v
        self.b = v

    def swap(self, d):
        self.__dict__ = d
        self.a = 99


shared = {}
ps = [P(i) for i in range(5)]
for p in ps:
    p.swap(shared)
print(shared, ps[0].a, hasattr(ps[3], "b"))
for p in ps:
    p.c = 1
print(shared)
try:
    ps[0].__dict__ = 5
except TypeError as e:
    print(e)


class S:
    __slots__ = ("x",)


try:
    S().__dict__ = {}
except AttributeError as e:
    print(e)
