# copy and deepcopy of instances of set, frozenset and bytearray subclasses keep
# their class, their contents and their attributes.
import copy


class Tags(set):
    pass


class Frozen(frozenset):
    pass


class Buffer(bytearray):
    pass


t = Tags(["b", "a"])
t.owner = "ann"
for c in (copy.copy(t), copy.deepcopy(t)):
    print(type(c).__name__, sorted(c), c.owner, c is t, c == t)
inner = [1, 2]
f = Frozen([3, (4, 5)])
for c in (copy.copy(f), copy.deepcopy(f)):
    print(type(c).__name__, sorted(c, key=str), c == f)
b = Buffer(b"data")
b.note = inner
for c in (copy.copy(b), copy.deepcopy(b)):
    print(type(c).__name__, c, c.note, c.note is inner)
c = copy.deepcopy([t, t])
print(c[0] is c[1], type(c[0]).__name__, sorted(c[0]))
empty = Tags()
print(type(copy.copy(empty)).__name__, copy.copy(empty), copy.copy(Buffer()))
print(repr(Buffer(b"it's")), str(Buffer()), [Buffer(b"q")])
