# The special methods of builtin types called through the class refuse a receiver
# of another type, with CPython's words for a slot wrapper ("requires a 'list'
# object") or a method descriptor ("doesn't apply to a 'tuple' object").
cases = [
    "list.append(1, 2)", "str.upper(5)", "dict.get([], 1)", "int.__add__('a', 1)",
    "set.add(frozenset(), 1)", "list.__len__(())", "str.__len__(b'')",
    "dict.__setitem__([], 1, 2)", "set.__contains__(frozenset(), 1)",
    "list.__getitem__((1,), 0)", "str.__add__(1, 'a')", "list.__init__(1)",
    "dict.__init__([])", "set.__init__(frozenset())", "int.__repr__('a')",
    "float.__float__(1)", "str.__getitem__([1], 0)", "list.__iter__('a')",
    "type.mro(1)", "list.__eq__((), ())", "str.__mod__(1, 2)", "str.__contains__(1, 'a')",
    "list.__len__()", "list.__getitem__()", "float.__round__(1)", "float.__round__()",
    "int.__floor__(1.0)", "dict.__reversed__([])", "list.__reversed__(())",
    "bool.__and__(1, 2)", "list.__len__(x=1)", "list.__iadd__((), [])",
    "frozenset.__hash__(set())", "str.__str__(1)", "range.__reversed__(1)",
    "range.__bool__(1)", "list.__repr__(1)", "bytearray.__iadd__(b'', b'')",
    "complex.__add__(1, 1)", "tuple.__hash__([])", "bytes.__len__('ab')",
    "set.__ior__(frozenset(), set())", "dict.__or__([], {})", "float.__lt__(1, 2)",
    # Right receivers, subclasses and bool (an int) included, still work.
    "int.__add__(True, 1)", "float.__add__(1.5, 2)", "int.__add__(2**70, 1)",
    "set.__or__({1}, frozenset({2}))", "list.__len__([1, 2])", "str.__mod__('%d', 3)",
    "frozenset.__hash__(frozenset()) == hash(frozenset())", "dict.__init__({}, a=1)",
]
for c in cases:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '->', type(e).__name__, e)


class L(list):
    pass


class I(int):
    def __add__(self, o):
        return int.__add__(self, o) * 10


class D(dict):
    def __init__(self, *a):
        dict.__init__(self, *a)
        self.extra = True


print(list.__len__(L([1, 2])), L([1]).__len__(), I(2) + 3, D([(1, 2)]), D().extra)
