# Every common bytes method on a range of values and argument kinds, errors included.
samples = [b'', b'a', b'abc', b'  x y  ', b'a,b,,c', b'\x00\xff\r\n', bytearray(b'AbC dEf'), b'hello world hello']
args_list = [(), (b'l',), (b'',), (108,), (b'l', 2), (b'l', -5, -1), (None,), (b'o', 1, 100), (0,), ('x',), (b'l', 'a'), (300,), (-1,), (3,), (3, b'*'), (b',', 1), (b'', b'-'), (b'l', b'L', 1), (2.5,)]
methods = ['find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'partition', 'rpartition', 'replace', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'splitlines', 'join', 'removeprefix', 'removesuffix', 'hex', 'decode', 'upper', 'title', 'isalpha', 'translate']
for s in samples:
    for m in methods:
        for a in args_list:
            try:
                r = getattr(s, m)(*a)
                out = repr(r)
            except Exception as e:
                out = type(e).__name__ + ': ' + str(e)
            print(repr(s), m, a, out)
for s in samples:
    for k in [0, -1, 5, slice(None), slice(1, None, 2), slice(None, None, -3), slice(10, -10, -1), 'x', 2**70, True]:
        try:
            out = repr(s[k])
        except Exception as e:
            out = type(e).__name__ + ': ' + str(e)
        print(repr(s), 'getitem', k, out)
