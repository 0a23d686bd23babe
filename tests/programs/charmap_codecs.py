import codecs

samples = {
    "cp437": "Grüße ½ ░▒▓ │┤ αßΓ",
    "cp850": "Ça coûte 15 € ? no",
    "cp866": "Привет, мир",
    "cp1251": "Съешь же ещё этих мягких булок",
    "cp1250": "Żółć gęślą jaźń",
    "koi8-r": "Москва",
    "koi8_u": "Київ ґанок",
    "iso-8859-15": "Prix: 20 € œuvre",
    "latin9": "Ÿ š ž",
    "ISO8859-2": "Łódź",
    "iso8859_7": "Αθήνα",
    "mac_roman": "café ™ ∞",
    "windows-1253": "Ελλάδα",
    "cp037": "EBCDIC text 123",
}
for name, text in samples.items():
    try:
        data = text.encode(name)
    except UnicodeEncodeError as e:
        print(name, "UnicodeEncodeError:", e)
        data = text.encode(name, "replace")
    back = data.decode(name)
    print(f"{name:<12} {codecs.lookup(name).name:<12} {data.hex()[:40]:<40} {back}")

print("Ω".encode("cp437"), "€".encode("cp1252"))
for name, text in [("cp437", "€uro"), ("koi8_r", "Grüße"), ("iso8859_5", "ab€")]:
    for errors in ("strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"):
        try:
            print(name, errors, text.encode(name, errors))
        except UnicodeEncodeError as e:
            print(name, errors, "UnicodeEncodeError:", e, e.start, e.end)
for name, data in [("cp1253", b"\xaa\xd2"), ("iso8859_3", b"\xa5"), ("cp1255", b"\xca\xd9")]:
    for errors in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(name, errors, repr(data.decode(name, errors)))
        except UnicodeDecodeError as e:
            print(name, errors, "UnicodeDecodeError:", e)
print(bytes(range(0xb0, 0xc0)).decode("cp437"), bytes(range(0xc0, 0xd0)).decode("koi8_r"))
dec = codecs.getincrementaldecoder("cp866")()
print(dec.decode(b"\x8f\xe0"), dec.decode(b"\xa8", final=True))
enc = codecs.getencoder("mac_roman")
print(enc("ƒ√"), codecs.decode(b"\x80", "cp850"), codecs.encode("É", "cp850"))
try:
    codecs.lookup("cp9999")
except LookupError as e:
    print("LookupError:", e)
