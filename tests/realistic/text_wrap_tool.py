"""Reflow, indent and tabulate text the way a small CLI formatter would."""
import textwrap
import string
import re
from itertools import zip_longest, groupby

TEXT = """\
    The quick brown fox jumps over the lazy dog. Pack my box with five dozen
    liquor jugs!  How vexingly quick daft zebras jump; the five boxing wizards
    jump quickly.\tSphinx of black quartz, judge my vow.
"""

body = textwrap.dedent(TEXT)
print(textwrap.fill(body, width=40))
print("---")
print(textwrap.fill(body, width=30, initial_indent="* ", subsequent_indent="  "))
print("---")
for line in textwrap.wrap(body, width=25, break_long_words=False, max_lines=3, placeholder=" [..]"):
    print(f"|{line:<25}|")
print(textwrap.shorten(body, width=50))
print(textwrap.indent("one\n\ntwo\nthree\n", "> "))
print(textwrap.indent("a\n  \nb", "+ ", predicate=lambda l: True))
w = textwrap.TextWrapper(width=20, expand_tabs=True, tabsize=4, fix_sentence_endings=True)
print(w.wrap("Hello there.  General\tKenobi. You are a bold one."))

words = re.findall(r"[A-Za-z]+", body.lower())
print(len(words), sorted(set(words) - set(string.ascii_lowercase))[:6])
letters = set("".join(words))
print("pangram" if letters >= set(string.ascii_lowercase) else "missing " + "".join(sorted(set(string.ascii_lowercase) - letters)))

def columns(items, ncols=3, width=12):
    rows = [items[i:i + ncols] for i in range(0, len(items), ncols)]
    return "\n".join("".join(f"{w:<{width}}" for w in row).rstrip() for row in rows)

print(columns(sorted(set(words), key=lambda w: (-len(w), w))[:12]))
for length, grp in groupby(sorted(set(words), key=len), key=len):
    print(length, ", ".join(sorted(grp)))
left = textwrap.wrap("Left column text that wraps nicely inside.", 18)
right = textwrap.wrap("Right column text, also wrapping, a bit longer than the left.", 22)
for l, r in zip_longest(left, right, fillvalue=""):
    print(f"{l:<18} | {r}")
print(string.capwords("  hello   wide   world  "), string.capwords("a-b-c", "-"))
table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
print("leet speak code".translate(table), "abc".translate(str.maketrans("abc", "xyz", "b")))
fmt = string.Formatter()
print(fmt.format("{0:>{1}}|{name!r:^10}|", "x", 5, name="bob"))
print(list(fmt.parse("Hi {name:>5} and {0!s}{{lit}}")))
