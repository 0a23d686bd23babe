import types
import sys

ns = types.SimpleNamespace(a=1, b="x")
print(ns, repr(ns), ns.a, ns.b)
ns.c = [1, 2]
del ns.a
print(ns, sorted(vars(ns)))
print(types.SimpleNamespace(), types.SimpleNamespace() == types.SimpleNamespace())
print(ns == types.SimpleNamespace(b="x", c=[1, 2]), ns == types.SimpleNamespace(b="y"), ns != 3)
try:
    types.SimpleNamespace({"a": 1})
except TypeError as e:
    print(e)
print(types.SimpleNamespace.__hash__)
ns.self = ns
print(ns)
class Sub(types.SimpleNamespace):
    pass
s = Sub(z=3)
print(s, s == types.SimpleNamespace(z=3), types.SimpleNamespace(z=3) == s)
s.me = s
print(s)
print(types.SimpleNamespace, types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
print(types.SimpleNamespace(**{"k": {"n": types.SimpleNamespace(q=None)}}))
print(ns.__reduce__()[0] is types.SimpleNamespace, ns.__reduce__()[1])

def f():
    pass
class C:
    def m(self):
        pass
def g():
    yield
print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
print(isinstance(g(), types.GeneratorType), isinstance(g, types.GeneratorType))
print(isinstance(f.__code__, types.CodeType), isinstance(sys, types.ModuleType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(isinstance(None, types.NoneType), isinstance(..., types.EllipsisType))
print(isinstance(NotImplemented, types.NotImplementedType))
print(types.GenericAlias is type(list[int]), isinstance(dict[str, int], types.GenericAlias))
print(types.UnionType is type(int | None), types.ModuleType.__name__)
print(types.FunctionType.__name__, types.CodeType.__name__, types.GeneratorType.__name__)

# MappingProxyType
d = {"a": 1, "b": 2}
p = types.MappingProxyType(d)
print(p, type(p), type(p).__name__, str(p))
print(p["a"], "a" in p, "z" in p, len(p), list(p), p.get("b"), p.get("z"), p.get("z", 0))
print(list(p.keys()), list(p.values()), list(p.items()), list(reversed(p)))
d["c"] = 3
print(p, p == d, p == {"a": 1}, p != d)
c = p.copy()
c["d"] = 4
print(type(c).__name__, c, d)
print(p | {"e": 5}, {"e": 5} | p, p | types.MappingProxyType({"f": 6}))
try:
    p["x"] = 1
except TypeError as e:
    print(e)
try:
    p |= {}
except TypeError as e:
    print(e)
try:
    p.x = 1
except AttributeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
for bad in ([1], (1,), 5, None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
try:
    p["zz"]
except KeyError as e:
    print("KeyError", e)
import collections
print(types.MappingProxyType(collections.OrderedDict(x=1)))
import collections.abc
print(isinstance(p, collections.abc.Mapping))
