"""Unicode-aware text utilities: slugs, normalisation, width and case tricks."""
import unicodedata
import re

titles = [
    "Crème Brûlée for Beginners",
    "Straße & Übermut: a Tale",
    "  Ångström-level   precision!  ",
    "naïve café — résumé",
    "ÉCOLE ÉLÉMENTAIRE",
    "İstanbul'da ǅemal",
]


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(text):
    text = strip_accents(text).casefold()
    text = re.sub(r"[^\w\s-]", "", text)
    return re.sub(r"[-\s]+", "-", text).strip("-_")


for t in titles:
    print(f"{t!r:40} -> {slugify(t)}")

print()
for word in ["straße", "STRASSE", "ﬁle", "ǆ", "Σίσυφος", "ΌΣΟΣ", "ß"]:
    print(f"{word:>8}: upper={word.upper()!r} lower={word.lower()!r} casefold={word.casefold()!r} "
          f"title={word.title()!r} swap={word.swapcase()!r}")

print()
for ch in "aÅ1½ ٣€\u200b😀\t,ǅ":
    print(f"U+{ord(ch):04X} {unicodedata.category(ch)} {unicodedata.name(ch, '<unnamed>'):<40}"
          f" digit={unicodedata.digit(ch, None)} numeric={unicodedata.numeric(ch, None)}"
          f" alpha={ch.isalpha()} dec={ch.isdecimal()} num={ch.isnumeric()} space={ch.isspace()} print={ch.isprintable()}")

print()
s = "e\u0301"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = unicodedata.normalize(form, s + "ﬃ²")
    print(form, len(n), [hex(ord(c)) for c in n], unicodedata.is_normalized(form, s))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.lookup("SNOWMAN"))
print(unicodedata.east_asian_width("Ａ"), unicodedata.east_asian_width("a"), unicodedata.mirrored("("),
      unicodedata.bidirectional("א"), unicodedata.decimal("٣"), unicodedata.decomposition("é"))

text = "The quick brown fox — «jumps» over the lazy dog… ¿Qué? ¡Sí!"
table = str.maketrans({"«": '"', "»": '"', "—": "-", "…": "...", "¿": None, "¡": None})
print(text.translate(table))
print(text.encode("ascii", "replace"))
print(text.encode("ascii", "ignore").decode())
print(text.encode("ascii", "xmlcharrefreplace").decode())
print(text.encode("ascii", "backslashreplace").decode())
print(text.encode("ascii", "namereplace").decode()[:90])
encoded = text.encode("utf-8")
print(len(text), len(encoded), len(text.encode("utf-16-le")), len(text.encode("utf-32")))
print(encoded[:60].decode("utf-8", "replace"))
print(encoded[44:52].decode("utf-8", errors="backslashreplace"))
print(encoded.decode("latin-1")[:30])
try:
    encoded[44:52].decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
try:
    "Ω".encode("cp1252")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("Grüße".encode("cp1252"), "Grüße".encode("latin-1"))
words = ["zebra", "Äpfel", "apple", "Zoo", "éclair", "eclair", "Eve"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: (strip_accents(w).casefold(), w)))
print("ﬁ".isidentifier(), "名前".isidentifier(), "2x".isidentifier(), "_ok".isidentifier())
print("x²".isalnum(), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), "ǅ".istitle(), "ǅ".isupper())
print("%-6s|%6s|" % ("été", "ñ"), f"{'日本':*^8}", "abc".center(8, "·"), "tab\tbed".expandtabs(4))
print(ascii("café ☕"), repr("café ☕"), "\N{BLACK STAR} \u2603 \U0001F600")
print([c for c in "ǅemal"], "ǅemal"[0].upper(), "ǆ".title(), "Ǆ".lower())
print("ﬀ".upper(), "İ".lower(), len("İ".lower()), "ŉ".upper())
