# io.StringIO and io.BytesIO: in-memory text and binary files.
import io
s = io.StringIO('hello\nworld\n')
print(repr(s.read(3)), s.tell(), repr(s.readline()), s.readlines(), repr(s.getvalue()))
print(s.seek(0), s.write('HE'), repr(s.getvalue()), s.tell(), s.seek(20), s.write('x'), repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell(), s.readable(), s.writable(), s.seekable(), s.closed)
def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for f in [lambda: s.write(b'x'), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2),
          lambda: s.seek(0, 5), lambda: io.StringIO(b'x'), lambda: s.read('x'), lambda: s.truncate(-1)]:
    attempt(f)
s.close()
for f in [lambda: s.write('x'), lambda: s.getvalue(), lambda: s.read(), lambda: s.tell(), lambda: s.closed]:
    attempt(f)
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.read(), b.tell(), b.seek(-2, 2), b.read(), b.seek(10), b.write(b'Z'), b.getvalue())
print(b.seek(1), b.write(bytearray(b'XY')), b.getvalue(), b.truncate(), b.getvalue(), b.tell(), list(io.BytesIO(b'a\nb')))
for f in [lambda: b.write('x'), lambda: b.seek(-1), lambda: b.seek(0, 5), lambda: io.BytesIO('x'), lambda: b.seek(-100, 1)]:
    attempt(f)
b.close()
for f in [lambda: b.write(b'x'), lambda: b.getvalue(), lambda: b.read(), lambda: b.tell(), lambda: b.closed]:
    attempt(f)
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__, type(io.StringIO()))
s = io.StringIO(newline=None)
s.write('a\r\nb\rc\n')
print(repr(s.getvalue()))
print(io.StringIO('a\r\nb\rc\n', newline=None).readlines())
print(io.StringIO('a\r\nb\rc\n').readlines())
print(io.StringIO('a\r\nb\rc\n', newline='').readlines())
out = io.StringIO()
print('x', 1, [2], file=out)
print('second', end='', file=out)
out.writelines(['\n', 'third\n'])
print(repr(out.getvalue()))
with io.StringIO('q\nr\n') as s:
    print([line for line in s])
print(s.closed)
with io.BytesIO() as b:
    b.write(b'binary')
    b.seek(0)
    print(b.read(3), next(iter(b)))
buf = io.StringIO()
for i in range(3):
    buf.write(f'{i},')
print(buf.getvalue(), len(buf.getvalue()))
