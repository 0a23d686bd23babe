# UTF-16 and UTF-32 codecs for str.encode / bytes.decode: byte order marks, the -le / -be
# forms, aliases, CPython's decode errors and error handlers
tests = [(b'\x00', 'utf-16-le'), (b'\x00', 'utf-16'), (b'\x00', 'utf-16-be'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8A\x00', 'utf-16-le'),
         (b'\x00\xdcA\x00', 'utf-16-le'), (b'\xff\xfe\x00', 'utf16'), (b'\x00\x00', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32-le'),
         (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'A\x00\x00\x00B', 'utf_32'), (b'\x00\xd8\x00\xdcA\x00\x00\xd8', 'utf-16le'),
         (b'\xfe\xff\x00A', 'utf-16'), (b'\x00\x00\xfe\xff\x00\x00\x00A', 'utf-32'), (b'A\x00\x00\xdc\x00', 'utf-16-le'),
         (b'\x00\xd8A', 'utf-16-le'), (b'\xd8\x00\xdc\x00', 'utf-16-be'), (b'\xff\xfeA\x00', 'utf-16-le'), (b'\x00\x00\x00A\x00', 'utf-32-be'),
         (b'\xff\xfe', 'utf-16'), (b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x11\x00\x00', 'UTF-32BE')]
for data, enc in tests:
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
        try:
            print(repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(e)
for s in ['A', 'é€😀', '', 'naïve café ☕']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'UTF-32LE', 'utf_32_be', 'U16', 'utf16', 'UTF-16BE']:
        b = s.encode(enc)
        print(enc, b, len(b), b.decode(enc) == s, str(b, enc) == s)
print("héllo".encode("utf-16").decode("utf-16"), bytearray("x".encode("utf-32")).decode("utf-32"))
