import linecache

import os
path = 'stdlib_linecache_%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('first\n  second\nthird')
print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)))
print(repr(linecache.getline(path, 3)), repr(linecache.getline(path, 4)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, -1)))
print(linecache.getlines(path))
print(linecache.getline('<string>', 1) == '', linecache.getlines('no/such/file.py'))
with open(path, 'w') as f:
    f.write('changed file\nwith more lines than before\n')
print(linecache.getline(path, 1))
linecache.checkcache(path)
print(linecache.getline(path, 1), end='')
linecache.clearcache()
print(linecache.getlines(path))
import os
os.remove(path)
linecache.checkcache()
print(linecache.getline(path, 1) == '' or 'cached')
linecache.clearcache()
print(linecache.getline(path, 1) == '')
print(repr(linecache.getline(__file__, 1)))
