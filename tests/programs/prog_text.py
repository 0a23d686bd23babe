# Text processing: word counts, anagram groups, a Caesar cipher, wrapping and a table.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words), len(freq), max(words, key=len), min(words, key=lambda w: (len(w), w)))
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3), caesar("xyz ABC", 29))
def wrap(s, width):
    lines, line = [], ""
    for word in s.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
for l in wrap(text, 38):
    print(f"|{l:<38}|")
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.1)]
print(f"{'item':<10}{'qty':>5}{'price':>8}{'total':>9}")
for name, q, p in rows:
    print(f"{name:<10}{q:>5}{p:>8.2f}{q * p:>9.2f}")
print(f"{'sum':<10}{sum(r[1] for r in rows):>5}{'':>8}{sum(r[1] * r[2] for r in rows):>9.2f}")
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, text.count("was"), text.find("wisdom"), text.rfind("of"), text.title()[:30])
print(" ".join(w[::-1] for w in "reverse each word".split()), "racecar" == "racecar"[::-1])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(f"{i:02d}" for i in range(1, 6)), "%s has %d chars" % (acronym, len(acronym)))
