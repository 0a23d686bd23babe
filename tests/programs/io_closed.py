# Every file method on a closed file, for text and binary files of each kind.
import io
import os
name = 'io_closed_%d.tmp' % os.getpid()
open(name, 'w').close()
ops = ['readable', 'writable', 'seekable', 'isatty', 'fileno', 'flush', 'tell', 'read',
       'readline', 'write', 'seek', 'truncate', '__iter__', '__next__', '__enter__',
       'readlines', 'writelines']
for mode in ['r', 'w', 'rb', 'wb', 'r+', 'r+b', 'a', 'ab']:
    f = open(name, mode)
    f.close()
    print(mode, f.closed)
    for op in ops:
        if op == 'write':
            args = (b'x',) if 'b' in mode else ('x',)
        elif op == 'seek':
            args = (0,)
        elif op == 'writelines':
            args = ([],)
        else:
            args = ()
        try:
            r = getattr(f, op)(*args)
            print('  ', op, '->', r)
        except (ValueError, OSError) as e:
            print('  ', op, type(e).__name__, e)
os.remove(name)
