import os.path as p, os
for s in ['', '/', 'a', 'a/b', 'a/b/', '/a/b.txt', 'a/.bashrc', 'a/b.tar.gz', '//x', '///x/../y', 'a/./b/../../..', '../a', '.']:
    print(repr(s), p.split(s), p.splitext(s), p.basename(s), p.dirname(s), p.normpath(s), p.isabs(s))
print(p.join('a', 'b', '/c', 'd'), p.join('a/', 'b'), p.join('', 'x'), p.join('a', ''))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), p.commonprefix([]), p.commonpath(['/usr/lib', '/usr/local']))
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a', '/a'), p.abspath('/x/../y'))
os.environ['HOME'] = '/home/someone'
print(p.expanduser('~'), p.expanduser('~/x'), p.expanduser('x~'), p.expanduser('~other/x'))
os.environ['MINIPY_V'] = 'val'
print(p.expandvars('$MINIPY_V/${MINIPY_V}/$NOPE_MINIPY'))
print(p.splitdrive('/a/b'), p.normcase('A/B'))
try: p.join('a', 3)
except TypeError as e: print(e)
try: p.relpath('')
except ValueError as e: print(e)
