import fnmatch

print(fnmatch.__all__)
pats = ['*.py', 'a*b*c', '*a*', '[!a-c]x', '[]]', '[!]]', '[', 'a[b', '[a-]', '[z-a]',
        '[a-c-e]', '**', '?', '[!]', '[]', '[^a]', '[[]', 'a&&b[&~|]', '[\\]',
        'x*y*z*', 'é.txt', '[a-z--0]', '', '*', '***a**b', '[--a]', '[a-z-]',
        '[!-]', '[-]', '[!--]', '[a\\-z]', '[\\-z]', '(x)+{2}|$^', 'a.b', '[z-a-c]',
        '[c-a-b-z]', 'dir/*.txt', '*?*?', '[!a]*[b]?', 'x[y', '[]-a]', '[!]-a]',
        '[x-x]', '[!z-a]', '*[!z-a]*']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.py', 'b.PY', '.hidden', 'abc', 'a\nb', 'x]', 'x', '[', ']', 'é.txt',
         'dir/f.txt', 'dir/sub/f.txt', 'aXbYc', '-', '!', '^', 'ab', 'b', 'z']
for p in pats:
    print(repr(p), fnmatch.filter(names, p))

print(fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.PY'))
print(fnmatch.fnmatch('foo\nbar', 'foo*'), fnmatch.fnmatch('abc', 'a?c'), fnmatch.fnmatch('abc', 'a?'))
print(fnmatch.fnmatchcase(b'data.bin', b'*.bin'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(fnmatch.fnmatchcase(b'\xe9.bin', b'[\xe9]*'))
print(fnmatch.filter(iter(['one', 'two', 'three']), 't*'))
for bad in [(1, '*'), ('a', 1), ('a', b'a'), (b'a', 'a')]:
    try:
        fnmatch.fnmatch(*bad)
    except TypeError as e:
        print("TypeError")
