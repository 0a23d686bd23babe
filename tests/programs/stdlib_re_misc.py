# Keyword arguments, type errors of sub's replacement, common idioms.
import re
tests = [
    lambda: re.sub("a", lambda m: 1, "xa"),
    lambda: re.sub("a", 5, "xa"),
    lambda: re.sub(b"a", 5, b"xa"),
    lambda: re.sub(b"a", "x", b"xa"),
    lambda: re.sub("a", b"x", "xa"),
    lambda: re.compile("a").sub(repl="b", string="aa", count=1),
    lambda: re.split("a", "bab", maxsplit=1),
    lambda: re.compile("(?P<x>a)").match("a").start("x"),
    lambda: isinstance(re.match("a", "a"), re.Match),
    lambda: isinstance(re.compile("a"), re.Pattern),
    lambda: re.match("a", "a", flags=re.I),
    lambda: re.findall("a", "aA", flags=re.I),
    lambda: re.compile("a").match("a", pos=0, endpos=1),
    lambda: re.compile("a").search(string="ba"),
    lambda: re.match("(a)(b)", "ab").group(0, 1, 2),
    lambda: re.match("(a)", "a").expand(r"[\1]"),
    lambda: re.match("a", "a").expand(r"\1"),
    lambda: re.sub("(a)", r"\2", "a"),
    lambda: re.compile("a").match(),
    lambda: re.compile("a").match("a", "b"),
    lambda: re.match(None, "a"),
    lambda: re.compile("", 0).findall("ab"),
    lambda: list(re.finditer(r"\w", "ab", re.I)),
    lambda: re.match(r"(?P<a>x)", "x").groupdict(),
    lambda: re.compile(r"(?P<a>x)").groupindex["a"],
    lambda: re.fullmatch(r"\d+", "123\n"),
    lambda: re.sub(r"\s+", " ", "  a   b  ").strip(),
    lambda: re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "foo.bar@ex-ample.co.uk").group(),
    lambda: re.findall(r"\d+\.\d+|\d+", "1.5 and 22 and 3.14"),
    lambda: re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"),
    lambda: re.match(r"(\d+)-(\d+)", "10-20").groups(default="x"),
    lambda: re.match("a", "a").__class__.__name__,
    lambda: str(re.compile("x").search("axb")),
    lambda: re.Pattern, 
]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
