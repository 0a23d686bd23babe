"""Word statistics and a concordance for a short text (teaching example)."""
import re
import string
import textwrap
import unicodedata
from collections import Counter, defaultdict, OrderedDict
from itertools import groupby, islice, pairwise, accumulate
from pprint import pprint

TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good or
for evil, in the superlative degree of comparison only. Café naïve résumé — “quoted”.
"""

STOP = frozenset("the of it was we to in a and or on for".split())


def words(text):
    return re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


ws = words(TEXT)
print(f"{len(ws)} words, {len(set(ws))} distinct, {sum(map(len, ws)) / len(ws):.3f} avg length")
counts = Counter(w for w in ws if w not in STOP)
for word, n in counts.most_common(8):
    print(f"  {word!r:>14} {n:2d} {'#' * n}")
print(counts.most_common()[-3:])
print(strip_accents("Café naïve résumé"), ascii("Café"), "Ünïcödé".casefold())

by_len = defaultdict(list)
for w in sorted(set(ws)):
    by_len[len(w)].append(w)
for length in sorted(by_len, reverse=True)[:4]:
    print(length, textwrap.shorten(", ".join(by_len[length]), width=60, placeholder=" ..."))

sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT) if s.strip()]
print(len(sentences), "sentences")
for s in sentences:
    print(textwrap.fill(s, width=50, initial_indent="> ", subsequent_indent="  "))

concordance = OrderedDict()
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for m in re.finditer(r"\b(season|epoch|age|period)\b", line):
        concordance.setdefault(m.group(1), []).append((lineno, m.start()))
pprint(dict(concordance), width=60)

letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))
print(" ".join(f"{c}={n}" for c, n in islice(top, 10)))
vowels = sum(letters[v] for v in "aeiou")
print(f"vowels: {vowels} ({vowels / sum(letters.values()):.1%})")

runs = [(k, len(list(g))) for k, g in groupby(sorted(ws, key=len), key=len)]
print("length histogram:", runs)
print("cumulative:", list(accumulate(n for _, n in runs)))
bigrams = Counter(pairwise(ws))
print([" ".join(b) + f":{n}" for b, n in bigrams.most_common(4)])

table = str.maketrans({"“": '"', "”": '"', "—": "-", "’": "'"})
print(TEXT.splitlines()[-1].translate(table))
title = "a tale of two cities"
print(title.title(), string.capwords(title), title.upper().center(30, "*"))
print(f"{'left':<10}|{'mid':^10}|{'right':>10}|")
print("%-8s|%8.3f|%+05d|%x|%o|%e" % ("pct", 3.14159, 42, 255, 8, 12345.678))
print("{0}{1}{0}".format("ab", "-"), "{:,}".format(1234567), "{:_b}".format(1023))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.fullmatch(r"\w+@\w+\.com", "me@site.com") is not None)
pat = re.compile(r"(?P<key>\w+)=(?P<val>[^;]+)")
print([m.groupdict() for m in pat.finditer("a=1;b=two;c=3.0")])
print(pat.sub(r"\g<val>=\g<key>", "a=1;b=two"), pat.pattern, pat.groups, pat.groupindex)
