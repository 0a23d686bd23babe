import unicodedata

samples = ["café", "naïve", "Ångström", "straße", "ﬁance", "Ω≈ç√", "日本語", "👍🏽", "e\u0301"]
for s in samples:
    nfc = unicodedata.normalize("NFC", s)
    nfd = unicodedata.normalize("NFD", s)
    nfkc = unicodedata.normalize("NFKC", s)
    print(f"{s!r:>14} len={len(s)} nfc={len(nfc)} nfd={len(nfd)} nfkc={nfkc!r} upper={s.upper()!r} casefold={s.casefold()!r}")

for ch in "aZ5 \t€½ß中ٹ\u0301😀":
    print(f"U+{ord(ch):04X} {unicodedata.category(ch):>2} {unicodedata.name(ch, '<no name>'):<40} "
          f"bidi={unicodedata.bidirectional(ch) or '-':<3} comb={unicodedata.combining(ch)} "
          f"w={unicodedata.east_asian_width(ch)} num={unicodedata.numeric(ch, None)}")

print(unicodedata.lookup("SNOWMAN"), unicodedata.lookup("GREEK SMALL LETTER ALPHA"), "\N{EM DASH}")
print(unicodedata.decimal("٣"), unicodedata.digit("²"), unicodedata.decomposition("é"), unicodedata.decomposition("ﬁ"))
print(unicodedata.mirrored("("), unicodedata.unidata_version >= "13")
try:
    unicodedata.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError", e)


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def slugify(text):
    text = strip_accents(text).lower()
    out = []
    for ch in text:
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


for title in ["Crème Brûlée Recipe!", "Ærøskøbing — a Danish town", "  Señor   Niño's Café  "]:
    print(repr(strip_accents(title)), slugify(title))


def display_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


rows = [("東京", 13960000), ("München", 1488000), ("São Paulo", 12330000), ("서울", 9776000)]
for name, pop in rows:
    pad = 12 - display_width(name)
    print(name + " " * pad + f"|{pop:>12,}")

print("ǅ".istitle(), "ǅ".upper(), "ǅ".lower(), "ß".upper(), "İ".lower(), len("İ".lower()))
print("ﬀ".upper(), "ŉ".upper(), "σς".upper(), "ΣΑΣ".lower(), "ΌΣΟΣ".lower())
print("hello wörld".title(), "o'neil mc-donald".title(), "ß".swapcase())
print("٣٤".isdigit(), "٣٤".isdecimal(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), int("٣٤"), float("١.٥"))
print("\u00a0".isspace(), "\u2028".splitlines(), "a\u2029b\x1cc".splitlines(), "x\u200by".isprintable())
print(sorted(["zebra", "Äpfel", "apple", "Zoo", "éclair"]), sorted(["zebra", "Äpfel", "apple", "Zoo", "éclair"], key=lambda s: strip_accents(s).casefold()))
print("Straße".casefold() == "STRASSE".casefold(), "café".encode(), "café".encode("latin-1"), b"caf\xc3\xa9".decode())
print("naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "xmlcharrefreplace"), "naïve".encode("ascii", "backslashreplace"))
print(ascii("日本 ©"), repr("\x07\u200b\U0001f600"), "%a" % "ü")
