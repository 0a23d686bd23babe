# String literal forms: quotes, escapes, raw, adjacent concatenation, bytes.
print('single', "double", '''triple
single''', """triple
double""")
print('it\'s', "say \"hi\"", 'tab\there', 'nl\\n', 'a\
b')
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600", "\N{BULLET}", "\N{GREEK SMALL LETTER ALPHA}")
print(repr("\0\a\b\f\n\r\t\v"), repr("\x7f"), repr("\x80"), repr("\u200b"), repr("é"))
print(r"raw\n", R'raw\t', r'\\', rb'\x00', len(r"\n"))
print("adjacent" " strings" ' concatenate', "x" 'y' """z""")
s = ("multi"
     "line"
     "concat")
print(s, len(s))
print(b"bytes", b'\x00\xff', b"a" b"b", len(b"\x00\xff"))
print(repr(b"\n\t\\'\""), repr(b'"'), repr(b"'"), repr(b"'\""))
print(b"abc" == b"abc", b"a" < b"b", b"abc" + b"def")
print(repr('"'), repr("'"), repr("'\""), repr('\\'), repr("a'b\"c"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "é", "\u0041" == "A", "\x7e")
print(len("😀"), len("héllo"), "héllo"[1], "日本語"[::-1], ord("€"), chr(0x1F600) == "😀")
print("line1\nline2".splitlines(), "a\r\nb\rc\n".splitlines(), "a\r\nb".splitlines(True))
print(str(b"x"), repr(bytearray(b"ab")) if False else "skip")
print(ascii("héllo€😀"), ascii("plain"), ascii(["é"]))
print(f"{'nested'}", f'{"q"}', f"""{'''t'''}""", rf"\n{1+1}", fr"{2}\t")
u = 'ünïcödé'
print(u.upper(), u.title(), u.encode() if False else u.casefold(), u.isalpha())
