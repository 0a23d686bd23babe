"""Convert legacy 8-bit text exports (DOS, Windows, KOI8) to UTF-8 with a report."""
import codecs
import io
import os
import tempfile

# Exports as the old systems wrote them
EXPORTS = {
    "dos_menu.txt": ("cp437", "╔══════════╗\r\n║ MENÜ     ║\r\n╚══════════╝\r\nPreis: 5½ Mark\r\n"),
    "kunden.csv": ("cp850", "Nr;Name;Ort\r\n1;Müller;Köln\r\n2;Ñúñez;São Paulo\r\n"),
    "otchet.txt": ("koi8_r", "Отчёт за квартал\nВыручка: 1 200 000 руб.\n"),
    "faktura.txt": ("cp1250", "Faktura č. 17\nDodávateľ: Žilina s.r.o.\n"),
    "prices_eu.txt": ("iso8859_15", "Käse 12,50 €\nŒufs 3,20 €\n"),
}


def guess_encoding(raw, candidates=("utf-8", "cp1250", "koi8_r", "cp437", "cp850", "iso8859_15")):
    """Pick the first candidate that decodes cleanly and looks like text."""
    scores = []
    for enc in candidates:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        letters = sum(ch.isalpha() for ch in text)
        boxes = sum("\u2500" <= ch <= "\u257f" for ch in text)
        odd = sum(not (ch.isprintable() or ch in "\r\n\t") for ch in text)
        scores.append((odd, -(letters + boxes), enc))
    return min(scores)[2] if scores else None


with tempfile.TemporaryDirectory() as tmp:
    for name, (enc, text) in EXPORTS.items():
        with open(os.path.join(tmp, name), "wb") as f:
            f.write(text.encode(enc))
    report = []
    for name in sorted(os.listdir(tmp)):
        path = os.path.join(tmp, name)
        with open(path, "rb") as f:
            raw = f.read()
        declared = EXPORTS[name][0]
        guessed = guess_encoding(raw)
        text = raw.decode(declared)
        out_path = path + ".utf8"
        with open(out_path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text.replace("\r\n", "\n"))
        size = os.path.getsize(out_path)
        report.append((name, declared, guessed, len(raw), size))
        print(f"--- {name} ({codecs.lookup(declared).name})")
        for line in text.splitlines():
            print("   ", line)
    print()
    print(f"{'file':<15}{'declared':<12}{'guessed':<12}{'bytes':>6}{'utf-8':>7}")
    for name, declared, guessed, before, after in report:
        flag = "" if codecs.lookup(guessed or "ascii").name == codecs.lookup(declared).name else "  <- differs"
        print(f"{name:<15}{declared:<12}{str(guessed):<12}{before:>6}{after:>7}{flag}")

# What happens to characters the target code page lacks
for target in ("cp437", "koi8_r", "iso8859_15", "cp1251"):
    sample = "Zoë paid 20 € for «Дом» ½"
    strict_ok = True
    try:
        sample.encode(target)
    except UnicodeEncodeError as err:
        strict_ok = False
        problem = f"{err.object[err.start:err.end]!r} at {err.start}"
    lossy = sample.encode(target, errors="replace").decode(target)
    print(f"{target:<11} strict={'ok' if strict_ok else problem:<14} replace={lossy}")

stream = io.BytesIO("Ärger über Öl\n".encode("cp850"))
reader = codecs.getreader("cp850")(stream)
print(reader.readline().rstrip(), codecs.encode("ß", "mac_roman"), "ÿ".encode("cp437"), b"\xe1".decode("cp437"))
