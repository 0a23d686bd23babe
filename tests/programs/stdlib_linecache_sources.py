# linecache: lazy entries from a module's loader, universal newlines, coding
# declarations and byte order marks, and checkcache on changed or removed files.
import linecache
import os


class Loader:
    def get_source(self, name):
        return "line one\nline two" if name == 'fake' else None


g = {'__name__': 'fake', '__loader__': Loader()}
print(linecache.lazycache('fake_mod.py', g), len(linecache.cache['fake_mod.py']))
print(linecache.lazycache('fake_mod.py', g))
print(linecache.getlines('fake_mod.py'))
size, mtime, lines, fullname = linecache.cache['fake_mod.py']
print(size, mtime, fullname)
linecache.checkcache('fake_mod.py')
print('fake_mod.py' in linecache.cache)
print(linecache.lazycache('<x>', g), linecache.lazycache('', g),
      linecache.lazycache('other.py', {}), linecache.lazycache('other.py', {'__name__': 'n'}))
print(linecache.getlines('none.py', {'__name__': 'zzz', '__loader__': Loader()}),
      'none.py' in linecache.cache)

tag = os.getpid()
crlf, latin, bom = ['stdlib_linecache_%s_%d.py' % (n, tag) for n in ('crlf', 'latin', 'bom')]
with open(crlf, 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
print(linecache.getlines(crlf))
with open(latin, 'wb') as f:
    f.write(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n')
print(linecache.getlines(latin))
with open(bom, 'wb') as f:
    f.write(b'\xef\xbb\xbfx = 1\n')
print(linecache.getlines(bom))
size, mtime, lines, fullname = linecache.cache[bom]
print(size, type(mtime).__name__, fullname == bom)
print(linecache.updatecache(bom))
print(linecache.getline('nonexistent.py', 1) == '', linecache.cache.get('nonexistent.py'))

# A stale entry (size and time no longer those of the file) is dropped.
linecache.cache[bom] = (1, 2.0, ['zz\n'], bom)
linecache.checkcache()
print(bom in linecache.cache)
for name in (crlf, latin, bom):
    os.remove(name)
linecache.checkcache()
print(sorted(n for n in linecache.cache if 'stdlib_linecache_' in n))
print(repr(linecache.getline(os.path.abspath(__file__), 2)))
