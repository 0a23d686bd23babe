# sys.stdout.reconfigure and TextIOWrapper over sys.stdout.buffer and binary files.
import io, sys, os, tempfile
tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
print(sys.stdout.encoding, sys.stderr.errors)
sys.stdout.reconfigure(encoding='ascii', errors='backslashreplace')
print('caf\xe9 \u20ac', sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(errors='replace')
print('caf\xe9')
sys.stdout.reconfigure(encoding='utf-8', errors='strict')
print('caf\xe9')
sys.stdout.reconfigure(encoding='latin-1')
print('x', sys.stdout.errors)
try:
    print('\u20ac')
except UnicodeEncodeError as e:
    sys.stdout.reconfigure(encoding='utf-8')
    print('err:', e, e.start, e.end)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(line_buffering=False, write_through=True)
print(sys.stdout.line_buffering, sys.stdout.write_through)
try:
    sys.stdout.reconfigure(encoding='nope')
except LookupError as e: print(e)
try:
    sys.stdout.reconfigure(newline='x')
except ValueError as e: print(e)
try:
    sys.stdout.reconfigure('utf-8')
except TypeError as e: print(e)
try:
    sys.stdout.reconfigure(bogus=1)
except TypeError as e: print(e)
out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
out.write('via wrapper \xe9\n')
print(type(out).__name__, out.encoding)
sys.stdout.flush()
# binary files
with open('tw_test.bin', 'wb') as f:
    w = io.TextIOWrapper(f, encoding='latin-1', newline='\r\n')
    w.write('one\ntwo \xe9\n')
    w.flush()
    print(w.name, repr(w)[:30])
    w.detach()
with open('tw_test.bin', 'rb') as f:
    print(f.read())
with open('tw_test.bin', 'rb') as f:
    w = io.TextIOWrapper(f, encoding='latin-1')
    print(w.readline(), end='')
    pos = w.tell()
    print(repr(w.read()), w.newlines)
    w.seek(pos)
    print(repr(w.readline()))
    print(w.closed)
print(f.closed)
# long text over chunk boundary
data = ('\u20ac' * 5000 + '\r\n') * 3
bio = io.BytesIO(data.encode('utf-8'))
w = io.TextIOWrapper(bio)
lines = w.readlines()
print(len(lines), [len(l) for l in lines], w.newlines)
w.seek(0)
print(len(w.read(4999)), w.tell(), len(w.read(3)))
bio = io.BytesIO()
w = io.TextIOWrapper(bio, encoding='utf-8')
for i in range(3000):
    w.write('line %d\n' % i)
print(len(bio.getvalue()) > 0, len(bio.getvalue()) < 25000)
w.flush(); print(len(bio.getvalue()))
print(w.readable(), w.seekable())
w.close()
try: w.write('x')
except ValueError as e: print(e)
try: w.readline()
except ValueError as e: print(e)
os.remove('tw_test.bin')
os.chdir('/')
tmp.cleanup()
