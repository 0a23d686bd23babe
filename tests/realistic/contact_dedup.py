"""Find duplicate contacts: normalise names (accents, case, punctuation),
phone numbers and e-mails, then cluster near-matches with difflib."""
import difflib
import re
import unicodedata
from collections import defaultdict
from itertools import combinations

CONTACTS = [
    ("José Álvarez", "+34 600-123-456", "jose.alvarez@Example.com"),
    ("Jose Alvarez", "0034600123456", "JOSE.ALVAREZ@example.com"),
    ("Zoë Ångström", "(555) 010-2000", "zoe@angstrom.se"),
    ("Zoe Angstrom", "555.010.2000", ""),
    ("Dr. Mary-Ann O'Neil", "+1 555 0101", "maryann@oneil.org"),
    ("Mary Ann ONeil", "5550101", "mary.ann@oneil.org"),
    ("Bob Stone", "555-0199", "bob@stone.io"),
    ("Rob Stone", "555-0198", "rob@stone.io"),
    ("François Müller", "+49 30 1234567", "f.muller@example.de"),
    ("Francois Mueller", "030 1234567", "f.mueller@example.de"),
    ("  ", "", "nobody@example.com"),
]
TITLES = {"dr", "mr", "mrs", "ms", "prof"}


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold()


def norm_name(name):
    words = re.findall(r"[a-z]+", fold(name).replace("'", ""))
    words = [w for w in words if w not in TITLES]
    return " ".join(words)


def norm_phone(phone):
    digits = re.sub(r"\D", "", phone)
    digits = re.sub(r"^00", "", digits)
    return digits[-7:] if len(digits) >= 7 else digits


def norm_email(email):
    local, _, domain = email.strip().lower().partition("@")
    return f"{local.replace('.', '')}@{domain}" if domain else ""


def similarity(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


def cluster(records):
    parent = list(range(len(records)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    reasons = {}
    for i, j in combinations(range(len(records)), 2):
        a, b = records[i], records[j]
        why = []
        if a["phone"] and a["phone"] == b["phone"]:
            why.append("phone")
        if a["email"] and a["email"] == b["email"]:
            why.append("email")
        score = similarity(a["name"], b["name"])
        if score >= 0.85 and a["name"]:
            why.append(f"name {score:.2f}")
        if len(why) >= 2 or (why and why[0] != f"name {score:.2f}"):
            parent[find(i)] = find(j)
            reasons[(i, j)] = why
    groups = defaultdict(list)
    for i in range(len(records)):
        groups[find(i)].append(i)
    return sorted(groups.values()), reasons


if __name__ == "__main__":
    records = []
    for name, phone, email in CONTACTS:
        records.append({"name": norm_name(name), "phone": norm_phone(phone), "email": norm_email(email)})
        print(f"{name!r:24} -> {records[-1]}")
    groups, reasons = cluster(records)
    print()
    for g in groups:
        print(" + ".join(CONTACTS[i][0].strip() or "<blank>" for i in g))
    for pair, why in sorted(reasons.items()):
        print(pair, why)
    print(difflib.get_close_matches("jose alvares", [r["name"] for r in records], n=2))
    print(unicodedata.name("Å"), unicodedata.category("ë"), unicodedata.normalize("NFC", "e\u0301") == "é")
    print(fold("Straße"), "ß".upper(), "ﬁ".casefold(), len(unicodedata.normalize("NFKD", "ﬁ")))
    sm = difflib.SequenceMatcher(None, "mary ann oneil", "maryann oneil")
    print(sm.get_opcodes(), round(sm.quick_ratio(), 3))
