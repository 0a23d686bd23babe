"""Text statistics tool: word frequencies, readability, wrapping."""
import re
import string
import textwrap
from collections import Counter, defaultdict, OrderedDict

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.

There were a king with a large jaw and a queen with a plain face, on the throne
of England; there were a king with a large jaw and a queen with a fair face, on
the throne of France. In both countries it was clearer than crystal to the lords
of the State preserves of loaves and fishes, that things in general were settled
for ever.
"""

STOPWORDS = frozenset("a an and the of it was to in on for with that were we its or than".split())


def words(text):
    return re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+", text.strip()) if s.strip()]


def syllables(word):
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    n = len(groups)
    if word.endswith("e") and n > 1 and not word.endswith("le"):
        n -= 1
    return max(1, n)


def flesch(text):
    ws = words(text)
    ss = sentences(text)
    syl = sum(syllables(w) for w in ws)
    return 206.835 - 1.015 * (len(ws) / len(ss)) - 84.6 * (syl / len(ws))


ws = words(TEXT)
print(f"characters: {len(TEXT)}, letters: {sum(c in string.ascii_letters for c in TEXT)}, "
      f"words: {len(ws)}, unique: {len(set(ws))}, sentences: {len(sentences(TEXT))}")
print(f"paragraphs: {len([p for p in TEXT.split(chr(10) * 2) if p.strip()])}")
punct = Counter(c for c in TEXT if c in string.punctuation)
print("punctuation:", sorted(punct.items()))
freq = Counter(w for w in ws if w not in STOPWORDS)
print("top words:")
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"  {word:<12} {n:>3} {'▇' * n}")
lengths = Counter(len(w) for w in ws)
print("length histogram:")
for length in sorted(lengths):
    print(f"  {length:>2} | {'*' * lengths[length]} {lengths[length]}")
print(f"average word length: {sum(map(len, ws)) / len(ws):.2f}")
print(f"Flesch reading ease: {flesch(TEXT):.1f}")
print("syllables:", {w: syllables(w) for w in ("wisdom", "incredulity", "the", "noisiest", "table", "face")})

by_letter = defaultdict(set)
for w in ws:
    by_letter[w[0]].add(w)
print("words by first letter (w):", sorted(by_letter["w"]))
print("letters never used to start a word:", "".join(sorted(set(string.ascii_lowercase) - set(by_letter))))

bigrams = Counter(zip(ws, ws[1:]))
print("top bigrams:", [" ".join(b) for b, _ in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4]])
first_seen = OrderedDict()
for i, w in enumerate(ws):
    first_seen.setdefault(w, i)
print("first 6 distinct:", list(first_seen)[:6])
longest = max(ws, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))

para = " ".join(TEXT.split())[:400]
print("\n--- wrapped at 50 ---")
print(textwrap.fill(para, width=50))
print("\n--- indented, width 40 ---")
print(textwrap.fill(para[:200], width=40, initial_indent="  > ", subsequent_indent="    "))
print("\n--- shortened ---")
print(textwrap.shorten(para, width=60, placeholder=" [...]"))
print(textwrap.wrap("short", 20), textwrap.wrap("", 10), len(textwrap.wrap(para, 30)))
block = """
    def hello():
        print("hi")
    """
print(repr(textwrap.dedent(block)))
print(textwrap.indent("line one\n\nline three\n", "| "), end="")
print(textwrap.indent("a\nb\n", "+ ", predicate=lambda l: l.startswith("b")), end="")

print(string.capwords("the quick  brown fox"), "|", "hello world".title(), "|", "ABC".swapcase())
tmpl = string.Template("$who likes ${what}s; cost: $$5")
print(tmpl.substitute(who="Tim", what="kiwi"), "|", tmpl.safe_substitute(who="Ann"))
try:
    tmpl.substitute(who="X")
except KeyError as e:
    print("missing placeholder:", e)
table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
print("leet:", "a noble hero".translate(table), "strip digits:", "a1b22c".translate(str.maketrans("", "", string.digits)))
print(string.ascii_uppercase[:5], string.digits, repr(string.whitespace), len(string.printable))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("caesar:", "attack at dawn".translate(caesar))
print("{:>10}|{:<10}|{:^10}".format("right", "left", "mid"), "x".center(7, "*"), "42".zfill(5), "ab".ljust(4, ".") + "|")
