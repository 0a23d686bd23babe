# unicodedata at Unicode 14.0.0: names, properties, numeric values, normalization.
import unicodedata as ud

print(ud.unidata_version)
chars = "aZ5 \t\n\x00\u00e9\u00bd\u00b2\u0301\u0660\u0669\u2167\u2460\u3007\u4e00\uac00\ud7a3" \
        "\u0627\u05d0\u200f\u0028\u0029\u00ab\uff21\uff61\u20ac\u2028\U0001f600\U0001d7d8" \
        "\U00020000\U0010fffd\u0378\U0001fae8\u1e9e\u00df\ufb01\u2126\u212b\u0f73\u0344"
for c in chars:
    print("U+%04X" % ord(c), ud.name(c, "-"), ud.category(c), repr(ud.bidirectional(c)),
          ud.combining(c), ud.mirrored(c), ud.east_asian_width(c),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None),
          repr(ud.decomposition(c)))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "SNOWMAN", "BLACK STAR",
             "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00", "EURO SIGN",
             "GRINNING FACE", "DIGIT ZERO"]:
    print(name, repr(ud.lookup(name)))

def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", repr(r))

attempt(ud.name, "\0")
attempt(ud.name, "\u0378")
attempt(ud.name, "ab")
attempt(ud.name, 1)
attempt(ud.name, "\0", 5)
attempt(ud.decimal, "a")
attempt(ud.digit, "a")
attempt(ud.numeric, "a")
attempt(ud.decimal, "\u00b2")
attempt(ud.digit, "\u00b2")
attempt(ud.numeric, "\u2155")
attempt(ud.category, 1)
attempt(ud.category, "")
attempt(ud.combining, "ab")
attempt(ud.lookup, "nope")
attempt(ud.lookup, "x" * 300)
attempt(ud.lookup, "CJK UNIFIED IDEOGRAPH-FFFFF")
attempt(ud.normalize, "X", "a")
attempt(ud.normalize, 1, "a")
attempt(ud.normalize, "NFC", 1)
attempt(ud.is_normalized, "NFC", 1)
attempt(ud.is_normalized, "NFX", "a")

samples = ["caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\ufb01ne", "\u2460\u00bd",
           "\uac00\u11a8", "\u1100\u1161\u11a8", "A\u030a\u212b\u00c5", "\u0071\u0307\u0323",
           "x\u0308\u0301\u0323y", "\u0f73\u0f75", "\u00aa\u2075\u00b2", "\uff21\uff22",
           "\u03d3\u03d4", "\u2126 \u212a", "", "plain ascii"]
for s in samples:
    for form in ["NFC", "NFD", "NFKC", "NFKD"]:
        r = ud.normalize(form, s)
        print(form, ascii(s), ascii(r), ud.is_normalized(form, s), r == s)
s = "already"
print(ud.normalize("NFC", s) is s)

# category counts over the Basic Multilingual Plane (every property table at once)
from collections import Counter
cats, bidis, widths = Counter(), Counter(), Counter()
mirrored = combining = numeric = named = 0
for cp in range(0x10000):
    if 0xd800 <= cp < 0xe000:
        continue
    c = chr(cp)
    cats[ud.category(c)] += 1
    bidis[ud.bidirectional(c)] += 1
    widths[ud.east_asian_width(c)] += 1
    mirrored += ud.mirrored(c)
    combining += ud.combining(c) != 0
    numeric += ud.numeric(c, None) is not None
    named += ud.name(c, None) is not None
print(sorted(cats.items()))
print(sorted(bidis.items()))
print(sorted(widths.items()))
print(mirrored, combining, numeric, named)
