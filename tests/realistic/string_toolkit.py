"""Everyday string munging helpers, exercised on sample input."""
import string

RAW = """  Name:   Ada Lovelace  
Role:analyst
  EMAIL: ADA@Example.COM
notes: likes\tengines;  numbers;poetry
"""

def parse_header_block(text):
    out = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            continue
        out[key.strip().casefold()] = value.strip()
    return out


record = parse_header_block(RAW)
print(record)
print([part.strip() for part in record["notes"].split(";")], record["notes"].expandtabs(8))
print(record["email"].lower().removesuffix(".com").removeprefix("ada@"), record["role"].capitalize(), record["name"].split(maxsplit=1))

rot13 = str.maketrans(string.ascii_letters, string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
secret = "Why did the chicken cross the road?".translate(rot13)
print(secret, "|", secret.translate(rot13))
strip_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming Language".translate(strip_vowels), "a-b_c d".translate({ord("-"): " ", ord("_"): None, 32: "~"}))
leet = str.maketrans({"a": "4", "e": "3", "l": "1", "o": "0", "t": "7"})
print("elite hacker tool".translate(leet))

sentence = "the cat sat on the mat with the hat"
print(sentence.count("the"), sentence.count("at"), sentence.find("the", 5), sentence.rfind("the"), sentence.index("mat"), sentence.find("dog"))
print(sentence.replace("the", "THE", 2), sentence.rsplit(" ", 2), sentence.split(" ", 2), sentence.startswith(("a", "the")), sentence.endswith("hat", 0, 35))
def count_overlapping(hay, needle):
    count = start = 0
    while (i := hay.find(needle, start)) != -1:
        count += 1
        start = i + 1
    return count
print(count_overlapping("aaaa", "aa"), "aaaa".count("aa"), count_overlapping("abababa", "aba"))

for word in ["level", "Racecar", "A man, a plan, a canal: Panama", "python"]:
    cleaned = "".join(ch for ch in word.casefold() if ch.isalnum())
    print(f"{word!r:<34} palindrome={cleaned == cleaned[::-1]}")

text = "one\ntwo\r\nthree\rfour\n\nfive"
print(text.splitlines(), text.splitlines(keepends=True), text.split("\n"))
print("   padded   ".strip(), "xxhixx".strip("x"), "<<a>>".lstrip("<"), "path/to/dir///".rstrip("/"), "  \t\n ".strip() == "")
print("|" + "left".ljust(10, ".") + "|" + "right".rjust(10) + "|" + "mid".center(10, "-") + "|")
for ident in ["valid_name", "2bad", "class", "ñandú", "with space", "_"]:
    print(f"{ident!r:>14}: identifier={ident.isidentifier()}")
checks = ["123", "12.5", "-4", "Ⅻ", "abc", "ABC", "Abc Def", "   ", "", "a1"]
print([(c, c.isdigit(), c.isnumeric(), c.isalpha(), c.isupper(), c.istitle(), c.isspace(), c.isalnum()) for c in checks])
print(string.ascii_letters[:10], string.digits, string.hexdigits, string.punctuation, repr(string.whitespace), len(string.printable))
words = "Now is the winter of our discontent made glorious summer".split()
print(" ".join(w[::-1] for w in words), " ".join(sorted(words, key=len)), max(words, key=len), "".join(w[0] for w in words).upper())
acronym = lambda phrase: "".join(w[0].upper() for w in phrase.replace("-", " ").split() if w.lower() not in {"of", "and", "the"})
print(acronym("Portable Network Graphics"), acronym("Complementary metal-oxide semiconductor"), acronym("Department of Motor Vehicles"))

def caesar_brute(cipher):
    for shift in range(1, 26):
        plain = "".join(chr((ord(c) - 97 - shift) % 26 + 97) if c.islower() else c for c in cipher)
        if " the " in f" {plain} ":
            return shift, plain
print(caesar_brute("wkh txlfn eurzq ira"))
table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
header = f"{'item':<10}{'price':>8}{'qty':>5}{'total':>9}"
print(header)
print("=" * len(header))
for name, price, qty in table:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}{price * qty:>9.2f}")
print("%-10s%8s%5s%9.2f" % ("TOTAL", "", "", sum(p * q for _, p, q in table)))
print("{:<10}|{:^8}|{:>6}".format("L", "C", "R"), "{0:x}/{0:o}/{0:b}/{0:e}".format(1000), "{:.3}".format("truncate"), "{:>8.2%}".format(0.4567))
print("Hello, {name}! You have {n} new message{s}.".format(name="Bob", n=3, s="s" if 3 != 1 else ""))
tmpl = string.Template("Dear $title $last,\nYour balance is $$${amount}.")
print(tmpl.substitute(title="Dr.", last="Who", amount="1,024.00"))
print(tmpl.get_identifiers(), tmpl.is_valid())
