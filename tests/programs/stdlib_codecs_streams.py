# codecs: StreamReader / StreamWriter over BytesIO for several codecs: read with
# sizes and character counts, readline across chunk boundaries and every kind
# of line end, readlines, iteration, reset/seek, StreamReaderWriter,
# StreamRecoder / EncodedFile and codecs.open.
import codecs
import io
import os
import tempfile

TEXT = ('first line\nsecond: caf\u00e9 \u20ac\r\nthird \U0001f600\rfourth\x0bfifth'
        '\x0csixth\x1cseventh\u2028eighth\u2029ninth\x85tenth\n' + 'x\u00e9' * 60
        + '\nlast without end')


def reader(encoding, data, errors='strict'):
    return codecs.getreader(encoding)(io.BytesIO(data), errors)


for encoding in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'utf-8-sig', 'latin-1',
                 'unicode_escape', 'raw_unicode_escape']:
    text = TEXT if encoding != 'latin-1' else TEXT.encode('latin-1', 'replace').decode('latin-1')
    buf = io.BytesIO()
    w = codecs.getwriter(encoding)(buf)
    w.write(text[:30])
    w.writelines([text[30:50], text[50:]])
    data = buf.getvalue()
    print(encoding, len(data), data == codecs.encode(text, encoding))
    r = reader(encoding, data)
    lines = []
    while True:
        line = r.readline()
        if not line:
            break
        lines.append(line)
    print(' lines', len(lines), lines == text.splitlines(True))
    print(' nokeep', reader(encoding, data).readline(keepends=False) == 'first line')
    print(' readlines', reader(encoding, data).readlines() == text.splitlines(True))
    print(' readlines nokeep', reader(encoding, data).readlines(keepends=False) == text.splitlines())
    print(' iter', list(reader(encoding, data)) == text.splitlines(True))
    r = reader(encoding, data)
    pieces = [r.read(7), r.read(chars=3), r.read(5, 2), r.readline(), r.read(1)]
    print(' mixed', pieces)
    print(' rest', r.read() == text[len(''.join(pieces)):])
    print(' after', repr(r.read()), repr(r.readline()))
    r.seek(0)
    print(' seek', repr(r.readline()))
    r.reset()

# Small reads split multi-byte characters; the reader keeps the pieces.
data = 'a\u00e9\u20ac\U0001f600b'.encode('utf-8')
r = reader('utf-8', data)
print([r.read(1) for _ in range(6)])
r = reader('utf-8', data)
print([r.read(size=1, chars=1) for _ in range(6)])
r = reader('utf-8', data)
print(repr(r.read(size=2)), repr(r.read(size=2)), r.bytebuffer, repr(r.read()))

# readline with a size reads once.
r = reader('utf-8', b'abcdefghij\nklm\n')
print(repr(r.readline(4)), repr(r.readline(4)), repr(r.readline(100)), repr(r.readline(2)))

# \r at the end of a chunk: the \n after it belongs to the same line.
data = b'x' * 71 + b'\r\n' + b'y\r' + b'\rz'
print(list(reader('ascii', data)))

# A decoding error after the first line.
# (read() goes on filling its 72 characters and meets the bad byte.)
r = reader('utf-8', b'good\nline\n\xff bad\n')
try:
    r.readline()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(repr(r.charbuffer), r.bytebuffer)
r = reader('utf-8', b'good\nline\n' + b'z' * 80 + b'\xff bad\n')
print(repr(r.readline()), repr(r.readline()))
r = reader('utf-8', b'\xffbad\n')
try:
    r.readline()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(list(reader('utf-8', b'ok\n\xff\n', 'replace')))
print(list(reader('ascii', b'ok\n\xff\n', 'backslashreplace')))

# Incomplete bytes at the very end stay unread.
r = reader('utf-8', b'abc\xe2\x82')
print(repr(r.read()), r.bytebuffer)

# UTF-16 without a byte order mark.
try:
    reader('utf-16', b'a\x00b\x00').read()
except UnicodeError as e:
    print(type(e).__name__, e)
print(repr(reader('utf-16', b'\xfe\xff\x00h\x00i').read()))
print(repr(reader('utf-16', b'\xff').read()))

# Writers: the byte order mark once, again after reset or seek(0).
for encoding in ['utf-16', 'utf-32', 'utf-8-sig']:
    buf = io.BytesIO()
    w = codecs.getwriter(encoding)(buf)
    w.write('a')
    w.write('b')
    w.reset()
    w.write('c')
    w.seek(0)
    w.write('d')
    print(encoding, buf.getvalue())

# Attribute access falls through to the stream; with closes it.
buf = io.BytesIO(b'abc')
with codecs.getreader('ascii')(buf) as r:
    print(r.read(), r.getvalue(), r.closed)
print(buf.closed)
w = codecs.getwriter('latin-1')(io.BytesIO(), 'replace')
w.write('a\u20ac')
print(w.getvalue(), w.errors, w.tell())

# StreamReaderWriter
buf = io.BytesIO()
rw = codecs.StreamReaderWriter(buf, codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
rw.write('h\u00e9llo\nw\u00f6rld\n')
rw.writelines(['a', 'b\n'])
rw.seek(0)
print(rw.readline(), rw.readlines(), rw.errors)
rw.seek(0)
print(list(rw), rw.getvalue())
rw.seek(0)
print(repr(rw.read(3)), next(rw))

# StreamRecoder and EncodedFile: the file holds Latin-1, the caller sees UTF-8.
raw = io.BytesIO('caf\u00e9\nna\u00efve\n'.encode('latin-1'))
ef = codecs.EncodedFile(raw, 'utf-8', 'latin-1')
print(ef.data_encoding, ef.file_encoding, ef.readline(), ef.readlines())
ef.seek(0)
print(ef.read(), next(iter(codecs.EncodedFile(io.BytesIO(b'x\ny'), 'utf-8'))))
ef.seek(0, 2)
ef.write('\u00fcber\n'.encode('utf-8'))
ef.writelines([b'a', b'b'])
print(raw.getvalue())
sr = codecs.StreamRecoder(io.BytesIO(b'abc'), codecs.lookup('utf-16').encode,
                          codecs.lookup('utf-16').decode,
                          codecs.getreader('ascii'), codecs.getwriter('ascii'))
print(sr.read(), sr.data_encoding, sr.file_encoding)

# codecs.open
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with codecs.open(path, 'w', encoding='utf-16') as f:
        print(type(f).__name__, f.encoding, f.mode if hasattr(f, 'mode') else '')
        f.write('\u00e9t\u00e9\n')
        f.write('line two\n')
    with open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, encoding='utf-16') as f:
        print(f.readlines())
    with codecs.open(path, 'a', 'utf-16') as f:
        f.write('added')
    with codecs.open(path, 'r', 'utf-16') as f:
        print(repr(f.read()))
    with codecs.open(path, 'rb') as f:
        print(type(f).__name__, len(f.read()))
    try:
        codecs.open(path, 'r', 'no-such-codec')
    except LookupError as e:
        print('LookupError', e)
