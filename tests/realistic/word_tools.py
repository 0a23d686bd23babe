"""Word statistics, anagram groups and a tiny spell checker over a fixed corpus."""
import re
import string
from collections import Counter, defaultdict, OrderedDict, ChainMap
from itertools import chain, combinations, product
from functools import lru_cache, partial, cmp_to_key
import unicodedata
import pprint

CORPUS = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. Listen, silent enemies: the tinsel evil vile live veil!
Naïve café owners résumé their coöperation — "déjà vu", they said; don't they?"""

WORD = re.compile(r"(?P<word>[^\W\d_]+(?:'[a-z]+)?)", re.UNICODE)
words = [m.group("word").lower() for m in WORD.finditer(CORPUS)]
freq = Counter(words)
print(len(words), len(freq), freq.most_common(5))
print([w for w, c in freq.items() if c == 1][:8])
print(sorted(freq, key=lambda w: (-freq[w], w))[:10])


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


print([strip_accents(w) for w in words if not w.isascii()])
print(unicodedata.name("é"), unicodedata.lookup("EM DASH"), unicodedata.numeric("½"), unicodedata.category("—"))

anagrams = defaultdict(list)
for w in sorted(set(words)):
    anagrams["".join(sorted(w))].append(w)
groups = sorted((g for g in anagrams.values() if len(g) > 1), key=lambda g: (-len(g), g))
print(groups)

LETTERS = string.ascii_lowercase


def edits1(word):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in LETTERS]
    inserts = [a + c + b for a, b in splits for c in LETTERS]
    return set(deletes + transposes + replaces + inserts)


def correct(word):
    if word in freq:
        return word
    cands = [w for w in edits1(word) if w in freq] or [word]
    return max(cands, key=lambda w: (freq[w], w))


print({w: correct(w) for w in ["tmes", "wsa", "epoh", "seasno", "xyzzy", "hoep"]})


@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return ""
    if a[0] == b[0]:
        return a[0] + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]), key=len)


pairs = [("foolishness", "wisdom"), ("incredulity", "credulous"), ("darkness", "sadness")]
for a, b in pairs:
    print(f"lcs({a!r}, {b!r}) = {lcs(a, b)!r}")
print(lcs.cache_info().hits > 0, lcs.cache_info().maxsize)


def by_vowels(a, b):
    va, vb = sum(c in "aeiou" for c in a), sum(c in "aeiou" for c in b)
    return (va > vb) - (va < vb) or (a > b) - (a < b)


print(sorted(set(words) & {"times", "wisdom", "epoch", "belief", "hope", "despair", "light"}, key=cmp_to_key(by_vowels)))
caesar = partial(lambda s, table: s.translate(table), table=str.maketrans(LETTERS, LETTERS[3:] + LETTERS[:3]))
print(caesar("veni vidi vici"), caesar.func.__name__, caesar.keywords.keys())
stats = OrderedDict(sorted(Counter(len(w) for w in words).items()))
stats.move_to_end(1, last=False) if 1 in stats else None
print(stats, list(stats.items())[-1])
defaults = {"lang": "en", "width": 80}
user = {"width": 100}
cfg = ChainMap({}, user, defaults)
cfg["theme"] = "dark"
print(cfg["lang"], cfg["width"], dict(cfg), cfg.maps[0], len(cfg.new_child().maps))
print(list(combinations("abc", 2)), len(list(product("ab", repeat=3))), list(chain.from_iterable(["ab", "cd"])))
pprint.pprint({"groups": groups, "top": freq.most_common(3), "lengths": dict(stats)}, width=60, sort_dicts=True)
print(pprint.pformat(list(range(30)), compact=True, width=40))
sentences = re.split(r"(?<=[.!?])\s+", CORPUS.replace("\n", " "))
print(len(sentences), [s[:20] for s in sentences])
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "it was the age"), re.findall(r"\b(\w+) of (\w+)\b", CORPUS)[:4])
print(re.subn(r"(?i)it was", "'twas", CORPUS)[1], re.search(r"(?P<a>e)(?P=a)", "the tinsel eel").span())
