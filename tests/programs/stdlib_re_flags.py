# Flags: module constants and inline forms, scoped flags, VERBOSE layout, ASCII vs
# Unicode classes, case folding of str and bytes, MULTILINE / DOTALL anchors.
import re

print(re.findall(r"^\w+$", "one\ntwo\nthree", re.M), re.findall(r"^\w+$", "one\ntwo"), re.findall(r"\w+$", "a\nb\n"))
print(re.findall(r".", "a\nb", re.S), re.findall(r"(?s:.).", "\n\na"), re.findall(r"a.c", "a\nc abc"))
print(re.findall(r"(?m)$", "a\nb\n"), re.findall(r"\Z", "a\n"), re.findall(r"(?m)^", "a\n\nb"))
print(re.search(r"HELLO", "say hello", re.I | re.M).span(), re.search(r"(?i)HELLO", "hElLo").group())
print(re.findall(r"[A-Z]+", "abcDEF", re.I), re.findall(r"[^a-z]+", "abcDEF12", re.I), re.findall(r"[a-z]", "\u212a\u017f", re.I))
print(re.findall(r"[a-z]", "\u212a\u017f", re.I | re.A), re.findall(r"k", "\u212aK", re.I), re.findall(r"K", "\u212ak", re.I | re.A))
print(re.findall(r"\u00e9", "\u00c9\u00e9", re.I), re.findall(r"[\u00e0-\u00ff]+", "\u00c0\u00c9x", re.I), re.findall("ǆ", "ǄǅǆDž", re.I))
print(re.findall(r"σ", "Σσς", re.I), re.findall(r"[σ]", "Σσς", re.I), re.findall(r"ι", "\u0345\u0399\u03b9\u1fbe", re.I))
print(re.findall(r"i", "I\u0130\u0131", re.I), re.findall(r"\u0130", "iI\u0130", re.I), re.findall(r"(?i)ﬀ", "FF ﬀ"))
print(re.findall(r"(a)\1", "aA Aa", re.I), re.findall(r"(?i)(\u00e9)\1", "\u00e9\u00c9"))
print(re.findall(rb"[a-z]+", b"ABC\xc0", re.I), re.findall(rb"\xe0", b"\xc0\xe0", re.I), re.findall(rb"\w+", b"a\xe9b"))
print(re.findall(r"\w+", "caf\u00e9 \u03b1\u03b2 \u0661\u0662 x_1"), re.findall(r"\w+", "caf\u00e9 \u03b1\u03b2", re.A))
print(re.findall(r"\d", "1\u0661\u00b2\u2155"), re.findall(r"\d", "1\u0661", re.ASCII), re.findall(r"\D+", "a1\u0661b"))
print(re.findall(r"\s", " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000"), re.findall(r"\s", " \x1c\x85\xa0", re.A))
print(re.findall(rb"\s", b" \t\n\r\x0b\x0c\x1c\x85\xa0"), re.findall(r"\S+", "a b\u3000c"))
print(re.findall(r"\b\w+\b", "\u00e9t\u00e9 d'\u00e9t\u00e9"), re.findall(r"\b\w+\b", "\u00e9t\u00e9 x", re.A))
print(re.findall(r"[\w]", "\u00e9a", re.A), re.findall(r"[^\W]", "\u00e9a"), re.findall(r"(?a:\w)\w", "\u00e9\u00e9a\u00e9"))
verbose = re.compile(r"""
    (?P<int> \d+ )      # integer part
    (?: \. (?P<frac>\d*) )?   # optional fraction
    \ [#]  \#           # escaped space and hashes
    [ ]x
""", re.VERBOSE)
m = verbose.match("12.5 ## x")
print(m and m.groupdict(), verbose.groups, verbose.flags)
print(re.match(r"(?x) a  b  c  # trailing comment", "abc").group(), re.match(r"(?x)a b(?-x: c d)", "ab c d").group())
print(re.match(r"(?x)a{1, 2}", "a{1,2}"), re.match("(?x)a \\  b", "a b"), re.match(r"(?x)[a b]+", "a b").group())
print(re.match(r"(?x)(?# comment )a", "a"), re.match("(?x)a#\nb", "ab").group(), re.match(r"(?x)\ ", " ").group())
print(re.compile(r"(?i)a").flags, re.compile(r"(?m)a").flags, re.compile(r"(?s)a").flags, re.compile(r"(?x)a").flags)
print(re.compile(r"(?a)a").flags, re.compile(r"(?u)a").flags, re.compile(rb"(?L)a").flags, re.compile(rb"a").flags)
print(re.compile(r"(?imsx)a").flags, re.compile(r"(?i:a)").flags, re.compile("a", re.I | re.S).flags)
print(re.match(r"(?i:a)(?-i:b)", "AB"), re.match(r"(?i)a(?-i:b)", "Ab"), re.match(r"(?i)a(?-i:b)c", "AbC"))
print(re.match(r"(?s:a.)(?-s:.)", "a\n\n"), re.match(r"(?m:^a$)\n^b", "a\nb"), re.match(r"a(?m:$)\nb$", "a\nb"))
print(re.match(r"(?a:\w)+", "\u00e9"), re.match(r"(?u:\w)+", "\u00e9", re.A), re.match(r"(?a)[\w\s]+", "a \u00e9"))
print(re.match(r"(?i)[^k]", "\u212a"), re.match(r"[^k]", "\u212a", re.I), re.match(r"(?i)[k-m]+", "\u212aLm"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.split(r"(?i)x", "aXbxc"), re.escape("Ab-c") )
for f in [re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG]:
    print(repr(f), int(f), f.name)
print(re.I | re.M | re.S | re.X, re.M | re.I, re.U | re.A, re.ASCII | re.LOCALE | re.DOTALL)
print(re.I | 0, 0 | re.I, re.I & 2, re.I & 3, re.M ^ 9, ~re.NOFLAG, ~(re.I | re.M), re.RegexFlag(0), re.RegexFlag(10))
