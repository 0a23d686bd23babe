# deepcopy of object graphs: shared references stay shared, __deepcopy__ uses memo
import copy

class Employee:
    def __init__(self, name, manager=None):
        self.name = name
        self.manager = manager
        self.reports = []
        if manager is not None:
            manager.reports.append(self)
    def __repr__(self):
        return f"Employee({self.name})"

ceo = Employee("ceo")
cto = Employee("cto", ceo)
dev1 = Employee("dev1", cto)
dev2 = Employee("dev2", cto)
org = {"top": ceo, "everyone": [ceo, cto, dev1, dev2], "lookup": {"dev1": dev1}}
org2 = copy.deepcopy(org)
top = org2["top"]
print(top, top.reports, top.reports[0].reports, top is ceo)
print(org2["everyone"][2] is top.reports[0].reports[0], org2["lookup"]["dev1"] is org2["everyone"][2])
print(org2["everyone"][3].manager is org2["everyone"][1], org2["everyone"][1].manager is top)
shallow = copy.copy(org)
print(shallow["top"] is ceo, shallow["everyone"] is org["everyone"], shallow is org)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __deepcopy__(self, memo):
        print("deepcopy Matrix, memo has", len(memo), "entries")
        new = Matrix(copy.deepcopy(self.rows, memo))
        memo[id(self)] = new
        return new
m = Matrix([[1, 2], [3, 4]])
pair = [m, m, m.rows]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[2] is pc[0].rows, pc[0].rows == m.rows, pc[0].rows is m.rows)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = "x"
class Plain:
    pass
pl = Plain()
pl.items = [1, [2]]
pl.self_ref = pl
plc = copy.deepcopy(pl)
print(plc.items, plc.self_ref is plc, plc.items[1] is pl.items[1])

nested = {"a": ({"b": [1, 2]},), "c": frozenset({1, 2})}
nc = copy.deepcopy(nested)
print(nc == nested, nc["a"][0] is nested["a"][0], nc["a"][0]["b"] is nested["a"][0]["b"])
lst = [[]] * 3
lc = copy.deepcopy(lst)
print(lc, lc[0] is lc[1], lc[0] is lst[0])
t = ([],)
tc = copy.deepcopy([t, t])
print(tc[0] is tc[1], tc[0] is t)

deep = []
for _ in range(10000):
    deep = [deep]
try:
    copy.deepcopy(deep)
except RecursionError as e:
    print("RecursionError", e)
ok = []
for _ in range(300):
    ok = [ok]
print(len(str(copy.deepcopy(ok))))
