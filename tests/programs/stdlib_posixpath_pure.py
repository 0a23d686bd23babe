import os.path as P
import os

samples = ['', '/', '//', '///', '//a', '///a/b', 'a', 'a/', 'a//b', '/a/./b/../c', '../..', 'a/../..',
           '/..', '/../a', '.', 'a/b.txt', '.bashrc', '..x', 'a/..b.c', 'a.b/c', 'a/b.', 'x/./..',
           b'/a/../b', b'a.txt', b'', b'//x', b'a/b/']
for s in samples:
    print(repr(s), P.split(s), P.splitext(s), P.basename(s), P.dirname(s), P.normpath(s), P.isabs(s), P.splitdrive(s), P.normcase(s))
print(P.join('a', 'b', '/c', 'd/', 'e'), P.join('a'), P.join('', 'x'), P.join('a/', ''), P.join(b'a', b'b'))
for args in [('a', b'b'), (3,), ('a', 3), (b'a', 'b')]:
    try:
        P.join(*args)
    except TypeError as e:
        print('TypeError', e)
print(P.commonprefix([]), P.commonprefix(['/usr/lib', '/usr/local']), P.commonprefix([[1, 2, 3], [1, 2, 4]]), P.commonprefix([b'ab', b'ac']))
print(P.commonpath(['/a/b/c', '/a/b/d', '/a/./b']), P.commonpath(['a/b', 'a']), P.commonpath([b'/x/y', b'/x']), P.commonpath(['/']))
for bad in [[], ['a', '/b'], ['/a', b'/a'], [3]]:
    try:
        P.commonpath(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.chdir('/tmp')
print(P.relpath('/tmp/a/b'), P.relpath('/a/b', '/a/c/d'), P.relpath('x', 'x'), P.relpath(b'/a', b'/b'), P.abspath('q/../r'), P.abspath(b'.'))
for bad in [('',), ('a', b'b'), (3,)]:
    try:
        P.relpath(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.environ['HOME'] = '/home/someone/'
os.environ['MP_X'] = 'ex'
print(P.expanduser('~'), P.expanduser('~/a'), P.expanduser('a~'), P.expanduser(b'~/b'), P.expanduser('~other/x'))
print(P.expandvars('$MP_X/${MP_X}y/$MP_NOPE/${MP_X/$'), P.expandvars('plain'), P.expandvars(b'$MP_X'))
os.environ['HOME'] = '/'
print(P.expanduser('~'), P.expanduser('~/z'))
print(P.sep, P.curdir, P.pardir, P.extsep, P.altsep, P.pathsep, P.defpath, P.devnull)
