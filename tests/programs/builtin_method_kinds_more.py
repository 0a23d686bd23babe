# How builtin callables present themselves: static methods of builtin types,
# each exception class's own __init__, weakref.ref.__call__, type.__repr__,
# and `type[...]` without a `__class_getitem__` on every class.
import sys
import weakref


def shape(r):
    # Addresses vary from run to run: keep the words.
    return r.split(" at 0x")[0]


print(shape(repr(str.maketrans)), type(str.maketrans).__name__, str.maketrans.__name__)
print(shape(repr(bytes.maketrans)), shape(repr(bytearray.maketrans)))
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy")))
print(ValueError.__init__, KeyError.__init__, OSError.__init__, BaseException.__init__)
print("__init__" in vars(ValueError), "__init__" in vars(ZeroDivisionError), type(ValueError.__init__).__name__)
e = ValueError.__new__(ValueError)
ValueError.__init__(e, "late", 2)
print(repr(e), e.args)


class MyError(KeyError):
    def __init__(self, key):
        KeyError.__init__(self, key)
        self.key = key


print(repr(MyError("k")), MyError("k").key)
print(weakref.ref.__call__, type(weakref.ref.__call__).__name__)


class Node:
    pass


n = Node()
r = weakref.ref(n)
print(weakref.ref.__call__(r) is n, r() is n)


class NamedRef(weakref.ref):
    pass


nr = NamedRef(n)
print(nr() is n, NamedRef.__call__(nr) is n)
print(type.__repr__, type.__repr__(int), type.__repr__(Node))


class Meta(type):
    def __repr__(cls):
        return "Meta:" + type.__repr__(cls)


class WithMeta(metaclass=Meta):
    pass


print(repr(WithMeta), str(WithMeta))
print(hasattr(int, "__class_getitem__"), hasattr(object, "__class_getitem__"), hasattr(Node, "__class_getitem__"))
print(hasattr(list, "__class_getitem__"), "__class_getitem__" in vars(type))
print(type[int], list[int], dict[str, type[Node]])
try:
    int[5]
except TypeError as e:
    print("TypeError:", e)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
