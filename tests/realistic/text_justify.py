"""Text utilities: full justification, word wrap, hyphen-free column layout,
a simple diff and a ROT/Vigenere cipher, on a fixed passage."""
import difflib
import string
import textwrap
from itertools import zip_longest

PASSAGE = ("It was the best of times, it was the worst of times, it was the age of "
           "wisdom, it was the age of foolishness, it was the epoch of belief, it was "
           "the epoch of incredulity, it was the season of Light, it was the season of "
           "Darkness, it was the spring of hope, it was the winter of despair.")


def justify(words, width):
    lines, line, length = [], [], 0
    for w in words:
        if line and length + len(line) + len(w) > width:
            lines.append(line)
            line, length = [], 0
        line.append(w)
        length += len(w)
    out = []
    for ln in lines:
        gaps = len(ln) - 1
        if gaps == 0:
            out.append(ln[0].ljust(width))
            continue
        spaces = width - sum(map(len, ln))
        q, r = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(ln[:-1]):
            s += w + " " * (q + (1 if i < r else 0))
        out.append(s + ln[-1])
    out.append(" ".join(line).ljust(width))
    return out


def columns(text, width, gutter=3, ncols=2):
    wrapped = textwrap.wrap(text, width)
    per = -(-len(wrapped) // ncols)
    cols = [wrapped[i * per:(i + 1) * per] for i in range(ncols)]
    for row in zip_longest(*cols, fillvalue=""):
        print((" " * gutter).join(c.ljust(width) for c in row).rstrip())


def vigenere(text, key, decrypt=False):
    out, ki = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[ki % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


for line in justify(PASSAGE.split(), 38):
    print("|" + line + "|")
print()
columns(PASSAGE, 30)
print()
print(textwrap.fill(PASSAGE, 50, initial_indent="> ", subsequent_indent=">   "))
print(textwrap.shorten(PASSAGE, 60, placeholder=" [...]"))
print(textwrap.indent(textwrap.dedent("""\
        first
          second
        third"""), "+ ", lambda l: "second" not in l))

rot13 = str.maketrans(string.ascii_letters,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13] +
                      string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
secret = PASSAGE[:40].translate(rot13)
print(secret, "->", secret.translate(rot13))
enc = vigenere("Attack at dawn!", "LEMON")
print(enc, "->", vigenere(enc, "LEMON", decrypt=True))

a = justify(PASSAGE.split(), 40)
b = [l.replace("times", "days") for l in a]
b.insert(3, "an inserted line".ljust(40))
for d in difflib.unified_diff(a, b, "before", "after", lineterm="", n=1):
    print(d.rstrip())
sm = difflib.SequenceMatcher(None, "best of times", "worst of days")
print(round(sm.ratio(), 3), sm.get_matching_blocks())
print(difflib.get_close_matches("wisdon", PASSAGE.replace(",", "").split()))
counts = {}
for w in PASSAGE.lower().replace(",", "").replace(".", "").split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print(string.capwords("the  quick brown   fox"), "{:^21}".format("centred"), "x".center(6, "*"))
