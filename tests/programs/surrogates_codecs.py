# Encoding and decoding text with lone surrogates: every error handler, UTF-8 / UTF-16 /
# UTF-32 / ASCII / Latin-1, the errors' attributes and round trips.
texts = ['a\ud800\udc80b', 'a\udc80\udcffb\xe9', '\udc80\ud800', '\U0001f600\udfff']
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32-le', 'ascii', 'latin-1']:
    for h in ['strict', 'surrogateescape', 'surrogatepass', 'backslashreplace',
              'namereplace', 'xmlcharrefreplace', 'replace', 'ignore']:
        for t in texts:
            try:
                print(enc, h, ascii(t), t.encode(enc, h))
            except UnicodeEncodeError as e:
                print(enc, h, ascii(t), 'UnicodeEncodeError:', e)
                print('  ', e.encoding, ascii(e.object), e.start, e.end, e.reason)

data = [b'a\x80b', b'\xed\xa0\x80', b'\xed\xb2\x80x', b'\xff\xfe', b'a\xf0\x9f\x98']
for d in data:
    for h in ['surrogateescape', 'surrogatepass', 'replace', 'backslashreplace']:
        try:
            print(d, h, ascii(d.decode('utf-8', h)))
        except UnicodeDecodeError as e:
            print(d, h, 'UnicodeDecodeError:', e, e.start, e.end)
for d, enc in [(b'\x00\xd8', 'utf-16-le'), (b'\xd8\x00a\x00', 'utf-16-be'),
               (b'\x00\xdc\x00\x00', 'utf-32-le'), (b'\x80', 'ascii'), (b'x\x81', 'latin-1')]:
    for h in ['surrogatepass', 'surrogateescape']:
        try:
            print(d, enc, h, ascii(d.decode(enc, h)))
        except UnicodeDecodeError as e:
            print(d, enc, h, 'UnicodeDecodeError:', e)

# surrogateescape takes any bytes back exactly.
raw = bytes(range(256))
text = raw.decode('utf-8', 'surrogateescape')
print(len(text), text.encode('utf-8', 'surrogateescape') == raw, ascii(text[126:131]))
for t in texts:
    for enc in ['utf-8', 'utf-16', 'utf-32']:
        print(enc, t.encode(enc, 'surrogatepass').decode(enc, 'surrogatepass') == t)
print(ascii(str(b'\x80\xff')), ascii(bytes('\udc80', 'utf-8', 'surrogateescape')))

try:
    '\ud800'.encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.args[1:], ascii(e.args[1]))
