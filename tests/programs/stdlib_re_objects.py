# Pattern and Match objects: attributes, methods, reprs, group access and errors;
# the RegexFlag values.
import re

p = re.compile(r"(?P<word>\w+)\s(?P<num>\d+)?(x)?")
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p).__name__, type(p))
m = p.search("  hello 42 world")
print(m, bool(m), type(m).__name__, type(m))
print(m.group(), m.group(0), m.group(1), m.group("num"), m.group(1, "num", 3), m[0], m["word"], m[2])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(1), m.end("num"), m.span(3), m.start(3))
print(m.lastindex, m.lastgroup, m.re is p, m.string, m.pos, m.endpos, m.regs)
for bad in [4, -1, "nope", 1.5]:
    for f in (m.group, m.start, m.span, m.__getitem__):
        try:
            f(bad)
        except IndexError as e:
            print("IndexError", e)
print(m.group(True), m.span(False))
m2 = re.match(r"(a)(b)?", "a")
print(m2.groups(), m2.lastindex, m2.lastgroup, m2.span(2), m2.group(2), m2.regs)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match(r"(?P<x>a)(?:b)", "ab").lastgroup)
print(re.match(r"a", "a").lastindex, re.match(r"(?P<x>a)|(?P<y>b)", "b").lastgroup, re.match(r"(a)|b", "b").lastindex)
print(re.match(r"x" * 60, "x" * 60))
print(re.match(r".*", "a'b\"c\n"), re.match(rb".+", b"ab\xff"), re.match("", "abc"))
print(re.search("b", "abc", ).span(), re.compile("c").search("abcabc", 3, 5), re.compile("c").search("abcabc", 3))
mm = re.compile("b").search("abcb", 2)
print(mm.pos, mm.endpos, mm.span())
print(re.compile("a", re.I), re.compile("a", re.I | re.M | re.S), re.compile("a", re.X | re.A), re.compile(b"a", re.L | re.I))
print(re.compile("a", re.U), re.compile("(?i)a"), re.compile("(?s)a").flags, re.compile("(?a)a"), re.compile("a", 1024))
print(re.compile("x" * 300)), print(re.compile("a\nb'c"))
print(re.compile(r"(?P<a>x)(?P<b>y)").groupindex, re.compile("(a)").groupindex)
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)
print(repr(re.I | re.M), re.I | re.M | re.A, re.I | 1024, re.RegexFlag(1024), ~re.I, re.I & re.M, re.I ^ re.I)
print(int(re.I), re.I == 2, re.I + 1, 2 | re.I, type(2 | re.I).__name__, isinstance(re.I, int), re.IGNORECASE is re.I)
print(re.I.name, re.I.value, (re.I | re.M).value, re.RegexFlag(2) is re.I, f"{re.M}", "%s %d" % (re.S, re.S))
print(re.RegexFlag.IGNORECASE, re.RegexFlag.I, type(re.I).__name__)
print(sorted(k for k in dir(re) if not k.startswith("_") and k.isupper()))
import copy
print(copy.copy(p) is p, copy.deepcopy(m) is m)
