import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, 2**31,
          -2**31, -2**31 - 1, 2**63, -2**63, 2**64 + 1, 10**40, -10**40, 2**2100,
          0.0, -0.0, 1.5, 1e300, float('inf'), -float('inf'), 3.141592653589793,
          '', 'a', 'hello world', 'é€😀', 'a\\b\n\r\x00\x1a', 'x' * 300,
          b'', b'abc', b'\x00\xff' * 200, bytearray(), bytearray(b'xy'),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {'a': 1},
          {'a': 1, 'b': [2, 3]}, set(), {1, 2, 3}, frozenset(), frozenset([5, 6]),
          [None, [None, (1, 'a')], {'k': (2.5, b'b')}], range(1, 10, 2), slice(1, None, 2),
          Ellipsis, NotImplemented, len, int, type(None), complex]
for proto in range(6):
    print('protocol', proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v or (v != v)
        if isinstance(v, float) and v == 0:
            ok = repr(back) == repr(v)
        print(repr(v)[:40], data, ok, type(back).__name__)
print(pickle.dumps([1, 'a']) == pickle.dumps([1, 'a'], pickle.DEFAULT_PROTOCOL))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.dumps(1, -1), pickle.dumps(1, None))
