# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError: attributes,
# args, str(), construction and its argument errors, writable members.


def show(e):
    print(type(e).__name__, repr(e.encoding), e.object, e.start, e.end, repr(e.reason))
    print("  str:", str(e))
    print("  args:", e.args)


def attempt(f):
    try:
        f()
    except UnicodeError as e:
        show(e)
    except (TypeError, OverflowError, LookupError) as e:
        print(type(e).__name__ + ":", e)


# Raised by the codecs.
attempt(lambda: b"\xff".decode("utf-8"))
attempt(lambda: b"ab\xff\xfe".decode("utf-8"))
attempt(lambda: b"ab\xe2\x82".decode("utf-8"))
attempt(lambda: b"a\xe4b".decode("utf-8"))
attempt(lambda: b"a\x80b".decode("ascii"))
attempt(lambda: b"\x00".decode("utf-16"))
attempt(lambda: b"\x00\xd8".decode("utf-16-le"))
attempt(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
attempt(lambda: "caf\xe9".encode("ascii"))
attempt(lambda: "a\u20ac\u20acb".encode("latin-1"))
attempt(lambda: "x\U0001f600".encode("ascii"))
attempt(lambda: bytes("\xe9", "ascii"))
attempt(lambda: bytearray(b"\xff").decode())
attempt(lambda: str(b"\xc3", "utf-8"))
attempt(lambda: "x".encode("ascii", "nosuchhandler"))

# Error handlers keep working.
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"))
print("a\xe9\u20ac".encode("ascii", "replace"), "a\xe9\u20ac".encode("ascii", "xmlcharrefreplace"))
print("a\xe9\u20ac".encode("ascii", "backslashreplace"), "a\xe9".encode("ascii", "ignore"))

# Constructed directly.
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad")
show(e)
print(repr(e))
e.start = 1
print(str(e), e.args)
e.end = 5
print(str(e))
e.encoding = "latin-1"
e.reason = "changed"
e.end = 2
print(str(e))
e.start = True
print(e.start, type(e.start).__name__)
for v in ["x", 2**70, 1.5]:
    try:
        e.start = v
    except (TypeError, OverflowError) as ex:
        print(type(ex).__name__ + ":", ex)
e.object = b"xyz"
e.start, e.end = 0, 3
print(e)

show(UnicodeDecodeError("u", bytearray(b"ab"), 0, 1, "r"))
show(UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "nope"))
show(UnicodeEncodeError("ascii", "a\U0001f600b", 1, 2, "nope"))
show(UnicodeEncodeError("ascii", "ab", 0, 2, "nope"))
print(UnicodeEncodeError("ascii", "ab", 5, 6, "past the end"))
t = UnicodeTranslateError("a\xe9b", 1, 2, "no table")
show(t)
print(UnicodeTranslateError("a\xe9b", 0, 3, "no table"))
print(UnicodeTranslateError.__mro__)

for make in [
    lambda: UnicodeDecodeError(),
    lambda: UnicodeDecodeError("utf-8"),
    lambda: UnicodeDecodeError(1, b"", 0, 1, "r"),
    lambda: UnicodeDecodeError("u", "str", 0, 1, "r"),
    lambda: UnicodeDecodeError("u", 5, 0, 1, "r"),
    lambda: UnicodeDecodeError("u", b"", "x", 1, "r"),
    lambda: UnicodeDecodeError("u", b"", 0, 1.5, "r"),
    lambda: UnicodeDecodeError("u", b"", 0, 1, b"r"),
    lambda: UnicodeDecodeError("u", b"", 0, 2**70, "r"),
    lambda: UnicodeDecodeError("u", b"x", 0, 1, reason="r"),
    lambda: UnicodeEncodeError("u", b"x", 0, 1, "r"),
    lambda: UnicodeEncodeError("u", "x", 0, 1, "r", 6),
    lambda: UnicodeTranslateError(b"x", 0, 1, "r"),
    lambda: UnicodeTranslateError("x", 0, 1, "r", 5),
]:
    attempt(make)


# A subclass whose __init__ does not call the base: empty str, None / 0 members.
class Quiet(UnicodeDecodeError):
    def __init__(self, msg):
        self.msg = msg


q = Quiet("x")
print(repr(str(q)), q.args, q.encoding, q.object, q.start, q.end, q.reason)


class Loud(UnicodeEncodeError):
    def __init__(self, text):
        super().__init__("ascii", text, 0, len(text), "loud")


try:
    raise Loud("abc")
except UnicodeEncodeError as e:
    print(e, e.args, isinstance(e, ValueError))

# Generic UnicodeError keeps plain args.
print(str(UnicodeError("a", "b")), UnicodeError("one"))
