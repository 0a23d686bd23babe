# String concatenation on the fast path must still let str subclasses reflect first.
class S(str):
    def __radd__(self, o): return "radd"
    def __add__(self, o): return "add"
print("a" + S("b"), S("a") + "b", "x" + "y")
s = "p"
s += S("q")
print(s)
def f(a, b): return a + b
print(f("a", S("b")), f("é", "ß"*3))
