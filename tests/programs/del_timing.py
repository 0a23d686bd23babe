# __del__ runs the moment the last reference goes, before the next instruction reads
# anything, whichever operation dropped it.
log = []

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

x = Tracked("rebound")
x = None
seen = list(log)
print(seen)

y = Tracked("deleted")
del y
seen = list(log)
print(seen)

def in_function():
    a = Tracked("local")
    a = 0
    first = len(log)
    b = Tracked("local-del")
    del b
    second = len(log)
    return first, second

print(in_function(), log[-2:])

holder = [Tracked("item")]
holder[0] = 1
n = len(log)
print(n, log[-1])

class Box:
    pass
box = Box()
box.t = Tracked("attr")
box.t = None
n = len(log)
print(n, log[-1])

Tracked("temporary")
n = len(log)
print(n, log[-1])

d = {"k": Tracked("dict-value")}
del d["k"]
n = len(log)
print(n, log[-1])

count = 0
class Counter:
    def __del__(self):
        global count
        count += 1

c = Counter()
c = None
after_rebind = count
c = Counter()
del c
after_del = count
Counter()
after_temp = count
print(after_rebind, after_del, after_temp)

def local_counts():
    k = Counter()
    k = None
    first = count
    items = [Counter()]
    items.pop()
    second = count
    return first, second
print(local_counts())
