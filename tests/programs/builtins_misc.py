# Conversion and introspection builtins.
print(int(), int(3.7), int("  -12 "), int("ff", 16), int("0x1f", 0), int("1_000"), int(True), int("101", base=2), int(" 7\n"))
for bad in ("", "1.5", "abc", "0x", "1__0", "_1"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in (None, [1], {}):
    try:
        int(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(float(), float(3), float("3.5"), float(" -1e3 "), float("nan") != float("nan"), float("-0"), float(10 ** 20))
try:
    float("x1")
except ValueError as e:
    print("ValueError", e)
try:
    float([])
except TypeError as e:
    print("TypeError", e)
print(str(1), str(1.0), str(True), str(None), str([1, "a"]), str((1,)), str({"a": [1]}), str(str), str(int))
print(bool(), bool(0), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(None), bool(range(0)), bool(object()))
print(repr(1), repr("a'b"), repr([1, "x"]), repr(None), repr(True), repr(3.0), repr(-0.5), repr({1: "a"}), repr(()))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 8), pow(2, 8, 10))
print(round(3.14159, 2), round(2.5), round(-0.5), round(1.5), round(12.5, -1), round(7), round(7, -1), round(1e300, -299) if False else "")
print(hex(0), hex(-1), oct(0), bin(255), ord("A"), chr(65), chr(8364), ascii("ü"), format(255, "x"), format(3.14159, ".3f"))
print(callable(len), callable(1), callable(lambda: 0), callable(int), callable("s".upper), callable(type))
class WithCall:
    def __call__(self):
        return 1
print(callable(WithCall()), callable(WithCall), callable(object()))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None), hash(-1) == -2)
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
print(type(1).__name__, type("").__name__, type([]).__name__, type({}).__name__, type(()).__name__, type(set()).__name__, type(None).__name__, type(len).__name__, type(lambda: 0).__name__, type(print).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance("s", (int, str)), isinstance([], object), isinstance(None, type(None)))
class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", 3), hasattr(a, "x"), hasattr(a, "z"), vars(a), sorted(k for k in vars(A) if not k.startswith("__")))
setattr(a, "z", 10)
delattr(a, "y")
print(vars(a), hasattr(a, "y"))
try:
    getattr(a, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(a, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError", e)
print("x" in dir(a), "y" in dir(a), "z" in dir(a), "__init__" in dir(A), dir(a) == sorted(dir(a)), "append" in dir([]))
print(id(a) == id(a), id(a) != id(A()), type(id(a)).__name__)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError", e)
s = slice(1, 5, 2)
print(s, slice(3), slice(None, 2), [0, 1, 2, 3, 4, 5][s], "abcdef"[slice(None, None, -2)])
fs = frozenset([1, 2])
print(fs, frozenset(), len(fs), 1 in fs, fs | {3}, fs & {2, 9}, type(fs).__name__)
print(list(), tuple(), dict(), set(), list((1, 2)), tuple([3]), dict(a=1), set([1, 1, 2]), str(b"ab"[0:0]) if False else "")
print(len("abc"), len([1, 2]), len({1: 2}), len(range(3)), len(set()), len(()), len(frozenset([1])))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError", e)
print(format(1234.5678, ",.2f"), format(42, "b"), format("s", "<3") + "|", format(0.5, "%"), format(-1, "+d"))
print(max(range(5)), min("bac"), sum(x for x in range(4)), list(map(int, "123")), sorted(set("hello")))
print(globals()["A"] is A, "__name__" in globals(), __name__, type(globals()).__name__)
def show_locals(p, q=2):
    r = p + q
    return locals()
print(show_locals(1))
print(isinstance(print, object), type(print), repr(len)[:20], abs.__name__, len.__name__)
print(int.__name__, str(type(1)), repr(type), type(type(1)), object, [int, str])
