# File methods in every mode with a range of arguments, on open files.
import os
name = 'io_method_sweep_%d.tmp' % os.getpid()
ops = [('read', ()), ('read', (2,)), ('read', (0,)), ('read', (-1,)), ('read', (None,)), ('read', ('x',)),
       ('readline', ()), ('readline', (1,)), ('readline', (None,)), ('readlines', ()), ('readlines', (3,)),
       ('write', ('txt',)), ('write', (b'bin',)), ('write', (5,)), ('writelines', (['a', 'b'],)),
       ('writelines', ([b'a'],)), ('seek', (0,)), ('seek', (2,)), ('seek', (0, 1)), ('seek', (0, 2)),
       ('seek', (-1, 2)), ('seek', (1, 1)), ('seek', (-1,)), ('seek', ('a',)), ('tell', ()),
       ('truncate', ()), ('truncate', (2,)), ('truncate', (None,)), ('flush', ()), ('readable', ()),
       ('writable', ()), ('seekable', ()), ('isatty', ()), ('read', (1, 2))]
for mode in ['r', 'w', 'a', 'r+', 'w+', 'a+', 'x', 'rb', 'wb', 'ab', 'r+b', 'w+b', 'a+b', 'xb']:
    for op, args in ops:
        with open(name, 'wb') as f:
            f.write(b'one\ntwo\r\nthree')
        if 'x' in mode:
            os.remove(name)
        f = open(name, mode)
        try:
            r = getattr(f, op)(*args)
            out = repr(r)
        except Exception as e:
            out = type(e).__name__ + ': ' + str(e)
        f.close()
        with open(name, 'rb') as g:
            after = g.read()
        print(mode, op, args, out, after)
os.remove(name)
