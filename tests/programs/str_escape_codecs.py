# str.encode / bytes.decode / str() / bytes() with unicode_escape and
# raw_unicode_escape, which go through the codec registry.
s = '\x00\t\n\r\\\'"~\x7f\x80\xff\u0100\ud800\U0001f600 é'
print(s.encode('unicode_escape'))
print(s.encode('raw_unicode_escape'))
print(s.encode('unicode-escape', 'strict'))
print(s.encode('Raw-Unicode-Escape'))
print(s.encode('unicode_escape').decode('unicode_escape') == s)
print(s.encode('raw_unicode_escape').decode('raw_unicode_escape') == s)
print(b'a\\nb\\x41\\u00e9\\N{BULLET}\\101\\\n'.decode('unicode_escape'))
print(repr(b'\\\\u0041 \\\\\\u0041 \\x41'.decode('raw_unicode_escape')))
print(repr(str(b'\\t', 'unicode_escape')), bytes('\u1234', 'unicode_escape'))
print(bytearray('\u1234é', 'raw_unicode_escape'))
print(bytearray(b'\\x41').decode('unicode_escape'))
print(repr(b''.decode('unicode_escape')), ''.encode('raw_unicode_escape'))

for data in [b'\\x4', b'\\x4g', b'\\u12', b'\\U00110000', b'\\U0011000',
             b'\\N{NOPE}', b'\\N{', b'\\N', b'\\Nx', b'a\\']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(data, errors, repr(data.decode('unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(data, errors, type(e).__name__, e, e.encoding, e.start, e.end)

for data in [b'\\u12', b'\\U00110000', b'\\U0011', b'\\', b'\xe9\\u00e9']:
    for errors in ['strict', 'replace']:
        try:
            print(data, errors, repr(data.decode('raw_unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(data, errors, type(e).__name__, e, e.start, e.end)

tries = [
    lambda: 'x'.encode('rot13'),
    lambda: b'ab'.decode('hex'),
    lambda: 'x'.encode('no-such-codec'),
    lambda: b'x'.decode('no-such-codec'),
    lambda: b'\\x'.decode('unicode_escape', 'bogus'),
    lambda: 'x'.encode('unicode_escape', 5),
    lambda: 'x'.encode(5),
]
for t in tries:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
