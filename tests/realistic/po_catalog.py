"""Compile a tiny message catalog to a .mo file and use it through gettext."""
import gettext
import os
import struct
import tempfile
from pathlib import Path

FRENCH = {
    "": ("Project-Id-Version: shop 1.0\n"
         "Language: fr\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=UTF-8\n"
         "Plural-Forms: nplurals=2; plural=(n > 1);\n"),
    "Hello": "Bonjour",
    "Goodbye": "Au revoir",
    "Your basket": "Votre panier",
    ("%d apple", "%d apples"): ["%d pomme", "%d pommes"],
    "menu\x04Open": "Ouvrir",
    ("menu\x04%d file", "%d files"): ["%d fichier", "%d fichiers"],
}

POLISH = {
    "": ("Content-Type: text/plain; charset=UTF-8\n"
         "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"),
    ("%d apple", "%d apples"): ["%d jabłko", "%d jabłka", "%d jabłek"],
    "Hello": "Cześć",
}


def make_mo(messages, big_endian=False):
    """Write a GNU .mo file image: header, two index tables, then strings."""
    entries = []
    for key, value in messages.items():
        if isinstance(key, tuple):
            key = "\0".join(key)
            value = "\0".join(value)
        entries.append((key.encode("utf-8"), value.encode("utf-8")))
    entries.sort()
    order = ">" if big_endian else "<"
    n = len(entries)
    header_size = 7 * 4
    orig_table = header_size
    trans_table = orig_table + n * 8
    data_start = trans_table + n * 8
    blob = b""
    orig_index, trans_index = [], []
    for orig, _ in entries:
        orig_index.append((len(orig), data_start + len(blob)))
        blob += orig + b"\0"
    for _, trans in entries:
        trans_index.append((len(trans), data_start + len(blob)))
        blob += trans + b"\0"
    out = struct.pack(order + "Iiiiiii", 0x950412DE, 0, n, orig_table, trans_table, 0, 0)
    for length, offset in orig_index + trans_index:
        out += struct.pack(order + "ii", length, offset)
    return out + blob


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for lang, table, big in (("fr", FRENCH, False), ("pl", POLISH, True)):
        target = root / lang / "LC_MESSAGES"
        target.mkdir(parents=True)
        (target / "shop.mo").write_bytes(make_mo(table, big))
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*.mo")))

    fr = gettext.translation("shop", localedir=tmp, languages=["fr"])
    print(type(fr).__name__, fr.charset(), sorted(fr.info().items())[:3])
    _ = fr.gettext
    print(_("Hello"), "/", _("Goodbye"), "/", _("Untranslated"))
    for n in (0, 1, 2, 5):
        print(fr.ngettext("%d apple", "%d apples", n) % n, "|",
              fr.npgettext("menu", "%d file", "%d files", n) % n)
    print(fr.pgettext("menu", "Open"), fr.pgettext("toolbar", "Open"))

    pl = gettext.translation("shop", localedir=tmp, languages=["pl", "fr"])
    for n in (1, 2, 4, 5, 12, 22, 25, 101, 102):
        print(n, pl.ngettext("%d apple", "%d apples", n) % n)
    print(pl.gettext("Hello"), pl.gettext("Goodbye"))

    found = gettext.find("shop", tmp, ["de", "pl", "fr"], all=True)
    print([os.path.relpath(f, tmp) for f in found])
    print(gettext.find("shop", tmp, ["de"]), gettext.find("other", tmp, ["fr"], all=True))

    gettext.bindtextdomain("shop", tmp)
    print(gettext.dgettext("shop", "Hello") in ("Hello", "Bonjour"))
    print(gettext.textdomain(), gettext.textdomain("shop"))

    bad = root / "bad.mo"
    bad.write_bytes(b"\x00" * 32)
    try:
        with open(bad, "rb") as fp:
            gettext.GNUTranslations(fp)
    except OSError as e:
        print("OSError", e.args[:2])

for expr in ("n != 1", "n>1", "n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2", "(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2", "0"):
    f = gettext.c2py(expr)
    print(f"{expr:<45}", [f(n) for n in (0, 1, 2, 3, 5, 11, 21)])
for bad in ("n +", "(n", "n)", "x == 1", "n ** 2", "n;", "1n", "()", "", "n ? 1"):
    try:
        gettext.c2py(bad)
    except ValueError as e:
        print(repr(bad), "->", e)
