# print with sep/end/file/flush, and the sys streams.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="-", end="!\n")
print(1, 2, 3, sep=", ", end="")
print()
print("no newline", end="")
print(" continued")
print(*range(5))
print(*[], sep="x")
print("x", sep=None, end=None)
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(None, True, 1.5, [1], {"a": 1}, (1,), "é", sep="|")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print("multi\nline", "value")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print("captured", 42, file=w, sep="+")
print(w.parts)
print("tab\tsep", "\\backslash")
print(repr("quote's"), str("quote's"))
print("%s" % "end")
