import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hi"


A = types.new_class("A", (), {"metaclass": Meta, "flag": 2}, body)
print(A.__name__, type(A).__name__, A.x, A.prepared, A().hello())
B = types.new_class("B", (A,), exec_body=lambda ns: ns.update(y=2))
print(B.__name__, type(B).__name__, B.x, B.y, B.__bases__ == (A,))
E = types.new_class("E")
print(E.__name__, E.__bases__, type(E) is type)

meta, ns, kw = types.prepare_class("P", (A,), {"metaclass": type, "k": 1})
print(meta is Meta, ns, kw)
meta, ns, kw = types.prepare_class("P")
print(meta is type, ns, kw)
src = {"metaclass": type}
types.prepare_class("P", (), src)
print(src)


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    types.prepare_class("Bad", (A, O))
except TypeError as e:
    print(e)


class Entry:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return self.bases


print(types.resolve_bases((int, str)) == (int, str))
bases = (Entry(int), str, Entry(), Entry(dict, list))
print([b.__name__ for b in types.resolve_bases(bases)])
t = (int,)
print(types.resolve_bases(t) is t)


class BadEntry:
    def __mro_entries__(self, bases):
        return [int]


try:
    types.resolve_bases((BadEntry(),))
except TypeError as e:
    print(e)
N = types.new_class("N", (Entry(object),))
print(N.__name__, N.__bases__, len(N.__orig_bases__), type(N.__orig_bases__[0]).__name__)


class DynMeta(type):
    def __getattr__(cls, name):
        return "class-level " + name


class D(metaclass=DynMeta):
    def __init__(self):
        self._v = 10

    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v

    @value.setter
    def value(self, v):
        self._v = v

    ro = types.DynamicClassAttribute(lambda self: "ro")


d = D()
print(d.value, d.ro)
d.value = 5
print(d.value, D.__dict__["value"].__doc__)
try:
    d.ro = 1
except AttributeError as e:
    print(e)
try:
    del d.value
except AttributeError as e:
    print(e)
dca = types.DynamicClassAttribute(None, None, None, "doc")
print(dca.__doc__, dca.__isabstractmethod__, dca.overwrite_doc)
try:
    dca.__get__(d)
except AttributeError as e:
    print(e)
