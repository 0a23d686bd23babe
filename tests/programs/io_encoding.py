# Text files in UTF-8, Latin-1 and ASCII: read(n) counts characters, tell counts bytes.
import os
name = 'io_encoding_%d.tmp' % os.getpid()
text = 'héllo wörld ☃ 😀\nsecond ünïcode line\n'
with open(name, 'w', encoding='utf-8') as f:
    print(f.write(text), f.tell())
with open(name, 'rb') as f:
    raw = f.read()
print(len(raw), raw[:12])
with open(name, encoding='utf-8') as f:
    print(repr(f.read(2)), f.tell(), repr(f.read(12)), f.tell(), repr(f.read(3)), repr(f.readline()), f.tell())
    print(repr(f.readline()), repr(f.readline()), f.tell())
with open(name, 'w', encoding='latin-1') as f:
    print(f.encoding, f.write('café ñ'))
with open(name, 'rb') as f:
    print(f.read())
with open(name, encoding='latin-1') as f:
    print(repr(f.read()))
with open(name, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
with open(name, encoding='utf-8', errors='ignore') as f:
    print(repr(f.read()))
with open(name, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('€uro')
with open(name, encoding='ASCII') as f:
    print(f.encoding, repr(f.read()))
with open(name, 'wb') as f:
    f.write('ünï'.encode() * 5000)
with open(name, encoding='utf-8') as f:
    s = f.read()
    print(len(s), s[:6], s == 'ünï' * 5000)
with open(name, encoding='utf-8') as f:
    parts = []
    while True:
        chunk = f.read(7)
        if not chunk:
            break
        parts.append(chunk)
    print(len(parts), ''.join(parts) == 'ünï' * 5000)
os.remove(name)
