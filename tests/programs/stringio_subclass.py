# Subclasses of io.StringIO and io.BytesIO: their own __init__ calling the base one,
# overridden write() seen by print() and writelines(), the file attributes, iteration.
import io, sys
class Capture(io.StringIO):
    def __init__(self, label):
        super().__init__()
        self.label = label
        self.writes = 0
    def write(self, s):
        self.writes += 1
        return super().write(s.upper())
c = Capture("cap")
print("hello", "world", file=c)
c.writelines(["a\n", "b\n"])
print(repr(c.getvalue()), c.writes, c.label, c.closed, c.tell(), isinstance(c, io.StringIO))
c.seek(0)
print([line for line in c], iter(c) is c)
with c as same:
    print(same is c)
print(c.closed)
class Pre(io.StringIO): pass
p = Pre("x\ny\n")
print(p.read(), p.readline() == "", p.newlines, Pre("a\r\nb", newline=None).read())
class B(io.BytesIO):
    def describe(self): return f"{len(self.getvalue())} bytes at {self.tell()}"
b = B(b"abc")
b.seek(0, 2); b.write(b"def")
print(b.describe(), b.getvalue(), bytes(b.getvalue()[::-1]))
old = sys.stdout
sys.stdout = cap = Capture("stdout")
print("redirected")
sys.stdout = old
print(repr(cap.getvalue()), cap.writes)
s = io.StringIO("first")
s.__init__("second")
print(s.read())
try: Capture()
except TypeError as e: print(e)
try: Pre(5)
except TypeError as e: print(e)
