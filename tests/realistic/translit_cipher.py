"""Ciphers and text normalisation with the string module, str.translate and maketrans."""
import string
import unicodedata
from collections import Counter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, sep="\n")
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))


def caesar(text, shift):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    k = shift % 26
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)


def atbash(text):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    return text.translate(str.maketrans(lo + up, lo[::-1] + up[::-1]))


def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(key[i % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + (-k if decrypt else k)) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! Meet @ the old mill, 5:30."
for s in (3, 13, -1, 52):
    print(f"caesar {s:>3}: {caesar(msg, s)}")
print("rot13 twice:", caesar(caesar(msg, 13), 13) == msg)
print("atbash:", atbash(msg), atbash(atbash(msg)) == msg)
v = vigenere(msg, "lemon")
print("vigenere:", v, "|", vigenere(v, "lemon", decrypt=True))

strip_punct = str.maketrans("", "", string.punctuation)
print(msg.translate(strip_punct))
squash = str.maketrans({" ": "_", "\t": None, "!": "!!", "a": ord("4")})
print("a b\tc!".translate(squash))
print(str.maketrans("ab", "xy"), str.maketrans({"é": "e", 97: None}))
leet = {ord(k): v for k, v in zip("aeiost", "4310$7")}
print("leetspeak is a test".translate(leet))


def deaccent(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


words = ["Crème brûlée", "naïve café", "Ångström", "ﬁnancial", "Ⅻ o'clock", "Straße"]
for w in words:
    print(f"{w!r:<16} -> {deaccent(w)!r:<16} casefold={w.casefold()!r}")
for ch in "é½Ω€ß":
    print(ch, f"U+{ord(ch):04X}", unicodedata.name(ch), unicodedata.category(ch), unicodedata.numeric(ch, None))

sample = "The quick brown fox jumps over the lazy dog while the cat naps."
freq = Counter(c for c in sample.lower() if c in string.ascii_lowercase)
print(freq.most_common(5))
print("pangram:", set(string.ascii_lowercase) <= set(sample.lower()))
tpl = string.Template("Dear $name, your code is ${code}X. Cost: $$${amount}.")
print(tpl.substitute(name="Ann", code="A1", amount="9.50"))
print(tpl.safe_substitute(name="Bob"))
print(string.capwords("  hello   wORLD  from python "), string.capwords("a-b-c", "-"))
fmt = string.Formatter()
print(fmt.format("{0:>6}|{1:^7}|{name!r}", "x", "mid", name="n"))
print(list(fmt.parse("a{0}b{x:>3}c{{d}}")))
