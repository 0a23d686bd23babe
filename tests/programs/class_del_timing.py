# __del__ timing under reference counting, cycles with finalizers, errors in __del__, resurrection.
import gc
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
def use():
    r = Res("local")
    return 5
print(use())
a = Res("a")
b = a
del a
print("a deleted, b still holds it")
b = None
print("b cleared")
lst = [Res("l1"), Res("l2")]
lst.pop(0)
print("popped")
del lst
print("list deleted")
class Cyc:
    def __init__(self, n):
        self.n = n
        self.other = None
    def __del__(self):
        print("del cyc", self.n)
x = Cyc(1); y = Cyc(2)
x.other = y; y.other = x
del x, y
print("cycle dropped, collecting")
gc.collect()
print("collected")
class Bad:
    def __del__(self):
        raise ValueError("oops in del")
bad = Bad()
del bad
print("after bad del")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
g = None
print("gen dropped")
d = {"k": Res("dict value")}
d["k"] = Res("replacement")
print("replaced")
d.clear()
print("cleared")
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("end of program")
