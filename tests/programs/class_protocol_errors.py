# Broken special methods and misused builtins: CPython's error types and messages.
class BadIter:
    def __iter__(self):
        return 5
class BadNext:
    def __iter__(self):
        return self
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
class BadLen:
    def __len__(self):
        return 2 ** 70
class BadBool:
    def __bool__(self):
        return 1
class BadHash:
    def __hash__(self):
        return "h"
class BadIndex:
    def __index__(self):
        return 1.5
class BadContains:
    def __contains__(self, x):
        return [x]
class BadEq:
    def __eq__(self, o):
        return "yes"
class BadInt:
    def __int__(self):
        return "1"
class BadFloat:
    def __float__(self):
        return 1
class IaddNI:
    def __init__(self):
        self.v = 1
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
class Callable:
    def __call__(self, *a):
        return a
five, nothing, one_list, ab = 5, None, [1], "ab"
cases = [
    ("iter", lambda: iter(BadIter())),
    ("for", lambda: [x for x in BadIter()]),
    ("next", lambda: next(BadNext())),
    ("repr", lambda: repr(BadRepr())),
    ("str", lambda: str(BadStr())),
    ("print", lambda: print(BadStr())),
    ("len", lambda: len(BadLen())),
    ("bool", lambda: bool(BadBool())),
    ("if", lambda: 1 if BadBool() else 2),
    ("hash", lambda: hash(BadHash())),
    ("index", lambda: [1, 2][BadIndex()]),
    ("contains", lambda: 1 in BadContains()),
    ("eq", lambda: BadEq() == 1),
    ("ne", lambda: BadEq() != 1),
    ("int", lambda: int(BadInt())),
    ("float", lambda: float(BadFloat())),
    ("iadd", lambda: (lambda a: (a.__iadd__(1), a + 1))(IaddNI())),
    ("call", lambda: Callable()(1, 2)),
    ("notcallable", lambda: BadEq()()),
    ("unhashable list key", lambda: {[]: 1}),
    ("set of lists", lambda: {[1], [2]}),
    ("super", lambda: super()),
    ("getattr name", lambda: getattr(1, "real"), ),
    ("not iterable", lambda: list(5)),
    ("unpack", lambda: [a for a, b in [(1, 2, 3)]]),
    ("str + int", lambda: "a" + 5),
    ("int + str", lambda: 5 + "a"),
    ("list + tuple", lambda: [1] + (2,)),
    ("neg str", lambda: -"a"),
    ("invert float", lambda: ~1.5),
    ("abs str", lambda: abs("a")),
    ("sub dicts", lambda: {} - {}),
    ("subscript int", lambda: five[0]),
    ("subscript None", lambda: nothing[0]),
    ("item assign str", lambda: "abc".__setitem__(0, "x")),
    ("del tuple item", lambda: (lambda t: t.__delitem__(0))((1,))),
    ("attr None", lambda: None.x),
    ("attr int", lambda: (5).x),
    ("call module attr", lambda: __import__("sys").nope),
    ("round str", lambda: round("1.5")),
    ("sum strs", lambda: sum(["a"])),
    ("max none", lambda: max(None)),
    ("sorted key err", lambda: sorted([1, 2], key=5)),
    ("chr str", lambda: chr("a")),
    ("ord int", lambda: ord(5)),
    ("int bad base", lambda: int("12", 40)),
    ("float bad", lambda: float("1.2.3")),
    ("divmod str", lambda: divmod("a", 2)),
    ("pow mod zero", lambda: pow(2, 3, 0)),
    ("range float", lambda: range(1.0)),
    ("list index str", lambda: one_list["a"]),
    ("dict unhashable get", lambda: {}.get([])),
    ("str index float", lambda: ab[1.0]),
    ("str mul str", lambda: "a" * "b"),
    ("tuple assign", lambda: (1, 2).__setitem__(0, 5)),
    ("frozenset add", lambda: frozenset().add(1)),
    ("enumerate int", lambda: enumerate(5)),
    ("zip int", lambda: zip([1], 5)),
    ("map not callable", lambda: list(map(5, [1]))),
    ("filter not callable", lambda: list(filter(5, [1]))),
    ("isinstance str", lambda: isinstance(1, "int")),
    ("len generator", lambda: len(x for x in [])),
    ("reversed gen", lambda: reversed(x for x in [])),
    ("next non iter", lambda: next(5)),
    ("iter callable sentinel", lambda: iter(5, 1)),
]
for name, fn in cases:
    try:
        r = fn()
        print(name, "->", r)
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
