# bytearray mutators and item/slice assignment across argument kinds and edge cases.
keys = [0, -1, 3, 10, -10, slice(None), slice(1, 3), slice(None, None, 2), slice(None, None, -1),
        slice(5, 1), slice(-2, None), slice(1, 4, 2), 'x', 2**70, True]
values = [0, 255, 256, -1, b'', b'XY', bytearray(b'Q'), [1, 2], [300], 'ab', 1.5, None, range(3)]
for k in keys:
    for v in values:
        ba = bytearray(b'abcdef')
        try:
            ba[k] = v
            out = repr(ba)
        except Exception as e:
            out = type(e).__name__ + ': ' + str(e)
        print('set', k, repr(v), out)
    ba = bytearray(b'abcdef')
    try:
        del ba[k]
        out = repr(ba)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print('del', k, out)
calls = [('append', (1,)), ('append', (256,)), ('append', ('a',)), ('append', ()), ('extend', (b'xy',)),
         ('extend', ([1, 2],)), ('extend', (5,)), ('extend', (['a'],)), ('extend', ([999],)),
         ('insert', (0, 65)), ('insert', (-1, 66)), ('insert', (99, 67)), ('insert', (1,)),
         ('insert', ('a', 1)), ('pop', ()), ('pop', (0,)), ('pop', (-6,)), ('pop', (6,)),
         ('pop', ('a',)), ('remove', (99,)), ('remove', (122,)), ('remove', (b'c',)), ('clear', ()),
         ('reverse', ()), ('copy', ()), ('reverse', (1,))]
for name, args in calls:
    ba = bytearray(b'abcdef')
    try:
        r = getattr(ba, name)(*args)
        out = repr(r) + ' ' + repr(ba)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print(name, args, out)
for op in ['+', '*', '+=', '*=']:
    for other in [b'!', bytearray(b'?'), 2, 0, -1, 'x', 1.5, [1]]:
        ba = bytearray(b'ab')
        try:
            if op == '+':
                r = ba + other
            elif op == '*':
                r = ba * other
            elif op == '+=':
                ba += other
                r = ba
            else:
                ba *= other
                r = ba
            out = repr(r)
        except Exception as e:
            out = type(e).__name__ + ': ' + str(e)
        print(op, repr(other), out)
