# print's sep and end: None, str subclasses (written as plain str), lone surrogates
# (carried to a text stream, refused by stdout's encoder when written).
import io


class S(str):
    pass


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append((type(s).__name__, s))


print("a", "b", sep=S("-"), end=S("!\n"))
print("a", "b", sep=None, end=None)
r = Recorder()
print("x", "y", sep=S("+"), end=S("."), file=r)
print(r.parts)
f = io.StringIO()
print("a", "b", sep="\ud800", end="\udc80", file=f)
print(ascii(f.getvalue()))
for bad in (1, b"-", ["-"]):
    try:
        print("a", sep=bad)
    except TypeError as e:
        print("TypeError:", e)
print()
print("last", "line", sep="\ud800")
