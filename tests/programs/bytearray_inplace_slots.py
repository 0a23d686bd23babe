# bytearray grows in place through its __iadd__ / __imul__ slots, as operator.iadd
# and code calling the dunder methods directly expect.
import operator

ba = bytearray(b"ab")
print(hasattr(bytearray, "__iadd__"), hasattr(bytearray, "__imul__"))
r = operator.iadd(ba, b"cd")
print(r, r is ba)
r = bytearray.__iadd__(ba, memoryview(b"ef"))
print(r, r is ba)
r = ba.__imul__(2)
print(r, r is ba)
r = operator.imul(ba, 1)
print(r, r is ba)
ba += b"!"
print(ba)
for bad in (3, "x", [1]):
    try:
        ba.__iadd__(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    ba.__imul__("x")
except TypeError as e:
    print("TypeError", e)
# bytes, being immutable, has no in-place slots: += makes a new object.
print(hasattr(bytes, "__iadd__"), hasattr(bytes, "__imul__"))
b = b"x"
before = b
b += b"y"
print(b, before, b is before)
# A sequence's repeat slots convert the count with __index__ when called directly.
for seq in ([1], (1,), "s", b"b", bytearray(b"ba")):
    for name in ("__mul__", "__rmul__"):
        try:
            getattr(seq, name)(1.5)
        except TypeError as e:
            print(type(seq).__name__, name, "TypeError", e)
class Two:
    def __index__(self):
        return 2
print([0].__mul__(Two()), "ab".__rmul__(Two()), bytearray(b"x").__imul__(Two()))
