# io.StringIO holding lone surrogates: write, getvalue, read, readline, seek / tell,
# newline translation, iteration.
import io

b = io.StringIO()
print(b.write('a\ud800\n\udcffb'), b.tell())
print(ascii(b.getvalue()))
b.seek(0)
print(ascii(b.readline()), b.tell(), ascii(b.read()))
b.seek(1)
print(ascii(b.read(2)), b.tell())
b.seek(1)
b.write('\udc80')
print(ascii(b.getvalue()), b.truncate(3), ascii(b.getvalue()))
print(ascii(io.StringIO('x\udc80y').read()))
print(ascii(list(io.StringIO('\ud800\r\n\udc00\rz', newline=None))))
print(ascii(list(io.StringIO('\ud800\r\n\udc00\rz', newline=''))))
w = io.StringIO(newline='\r\n')
w.write('\ud800\n')
print(ascii(w.getvalue()))
print(ascii(io.StringIO('a\ud800').readline(1)))
print(ascii(print('\udcff', 1, file=(s := io.StringIO())) or s.getvalue()))
