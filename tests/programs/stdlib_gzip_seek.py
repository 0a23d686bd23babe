# gzip: seeking both ways, modes and arguments checked, names, implicit write mode warning.
import gzip, io, os, warnings, tempfile
warnings.simplefilter('always')
print(gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT, gzip.READ, gzip.WRITE)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
    g.write(b'hello ')
    print(g.seek(10), g.tell(), g.seek(5, io.SEEK_CUR))
    for bad in [(0, 0), (0, 2)]:
        try: g.seek(*bad)
        except (OSError, ValueError) as e: print(type(e).__name__, e)
    print(g.name == '', g.writable(), g.readable())
print(buf.getvalue()[:10], len(buf.getvalue()))
r = gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue()))
print(r.read(3), r.seek(8), r.read(), r.seek(2), r.read(4), r.mtime)
try: r.seek(0, 2)
except ValueError as e: print(e)
r.close(); r.close()
print(gzip.decompress(gzip.compress(b'abc' * 100, mtime=5)) == b'abc' * 100, gzip.compress(b'x', mtime=0)[:10])
d = tempfile.mkdtemp()  # removed at the end
p = os.path.join(d, 'f.txt')
with gzip.open(p, 'wt') as t:
    t.write('line1\nline2\n')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    with gzip.GzipFile(p, 'wb') as g2:
        print(g2.filename.endswith('f.txt.gz'), os.path.basename(g2.name))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
with open(p + '.gz', 'wb') as f:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        g3 = gzip.GzipFile(fileobj=f)
        print(g3.mode, [str(x.message)[:30] for x in w], [os.path.basename(x.filename) for x in w], os.path.basename(g3.name))
        g3.write(b'data'); g3.close()
print(gzip.open(p + '.gz').read())
for args in [dict(mode='rbt'), dict(mode='rb', encoding='x'), dict(mode='rb', errors='x'), dict(mode='rb', newline=''), dict(mode='z')]:
    try: gzip.open(p, **args)
    except ValueError as e: print(e)
try: gzip.open(3.5)
except TypeError as e: print(e)
try: gzip.GzipFile(p, 'rt')
except ValueError as e: print(e)
g = gzip.open(p, 'rb'); print(g.readline(), g.fileno() > 0); g.close()
try: g.read()
except ValueError as e: print(e)
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b'0123456789' * 3)))
print(r.seek(-4, 2), r.read(), r.seek(-100, 1), r.read(2), r.seek(-3), r.tell(), r.read(1), r.seek(100), r.read())
try: r.seek(0, 7)
except ValueError as e: print(e)
import shutil
shutil.rmtree(d)
print(os.path.exists(d))
