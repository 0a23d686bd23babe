# re.error messages and positions for bad patterns, bad templates, and the other
# exceptions compile raises.
import re

patterns = [
    "(", "(a", "a)", "())", "*", "+a", "?", "a**", "a*??", "a{2}{3}", "a++*",
    "^*", "\\b+", "{1}", "x{3,1}", "x{2,1}?",
    "\\q", "\\", "a\\", "[\\q]", "\\8", "[\\8]", "\\x", "\\x1", "\\xg", "\\u12", "\\U1234",
    "\\U00110000", "\\N", "\\N{", "\\N{LATIN SMALL LETTER A", "\\N{NO SUCH NAME}",
    "\\N{LATIN SMALL LETTER A}", "\\400", "[\\400]", "\\777",
    "[a", "[", "[]", "[^", "[a-", "[z-a]", "[a-\\d]", "[\\w-z]", "[\\A]", "[b-a]",
    "(?", "(?P", "(?P<", "(?P<a", "(?P<>x)", "(?P<1a>x)", "(?P<a-b>x)", "(?Px)",
    "(?P<a>x)(?P<a>y)", "(?P=a)", "(?P=)", "(?P=a", "(?P<a>(?P=a))", "(?P<a>x)(?P=b)",
    "(?P=1)", "(?<x)", "(?<", "(?z)", "(?#abc", "(?#abc)x", "(?i", "(?i-", "(?-)", "(?-i",
    "(?i-i:a)", "(?-a:x)", "(?L)", "(?u)x", "(?au)", "(?a-u:x)", "(?ix", "(?i:x", "(?i)(?m)x",
    "x(?i)", "a|(?i)b", "(?t:x)", "(?-t:x)", "(?iz)", "(?i-z:x)", "(?i-:x)", "(?i-i)",
    "(a)\\2", "\\1(a)", "(a\\1)", "(?P<a>x)(?<=(?P=a))", "(?<=(a)\\1)", "(?<=a|bc)", "(?<=a*)b",
    "(?<!ab|c)", "(?<=a{2})b", "(?(1)a|b)", "(?(a)x)", "(?(0)x)", "(?(1a)x)", "(?(-1)x)",
    "(a)(?(1)x|y|z)", "(a)(?(1)x", "(?(2)a)(b)", "(?(3)a)(b)",
    "a\n(", "ab\ncd\n)", "(?x)a #comment\n(", "  (  ", "(?x)[a", "a{1,2",
]
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), "ok", r.groups)
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), "=>", type(e).__name__, e)

for p in [b"\\u1234", b"\\N{X}", b"(?u)x", b"(?L)x", b"[\\q]", b"(", b"\\x4"]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "->", e, "|", e.pos, e.lineno, e.colno, e.pattern)
    except Exception as e:
        print(p, "=>", type(e).__name__, e)

for p, f in [("x", re.L), ("x", re.A | re.U), (b"x", re.U), (b"x", re.A | re.L)]:
    try:
        re.compile(p, f)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

for p in ["a{4294967295}", "a{4294967294}", "a{1,4294967296}"]:
    try:
        re.compile(p)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

for t in ["\\", "\\q", "\\g", "\\g<", "\\g<a", "\\g<>", "\\g<1a>", "\\g<x>", "\\g<3>", "\\3",
          "\\g<-1>", "\\400", "\\9", "\\10", "a\\", "\\g<1", "ok\\n\\t\\.\\\\"]:
    try:
        print(repr(t), repr(re.sub("(a)(b)?", t, "xaby")))
    except re.error as e:
        print(repr(t), "->", e, "|", e.pos, e.pattern == t)
    except Exception as e:
        print(repr(t), "=>", type(e).__name__, e)

try:
    re.compile(3)
except TypeError as e:
    print(e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print(e)
try:
    re.match("a", 3)
except TypeError as e:
    print(e)
try:
    re.match("a", b"a")
except TypeError as e:
    print(e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print(e)
e = re.error("msg")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, repr(e))
e = re.error("msg", "ab\ncd", 4)
print(e, e.lineno, e.colno)
e = re.error("msg", b"ab\ncd", 1)
print(e, e.lineno, e.colno)
print(re.error.__name__, re.error.__module__, issubclass(re.error, Exception))
try:
    re.compile("a(b")
except re.error as e:
    print(type(e), e.args)
