# find / rfind / index / rindex / count / startswith / endswith on bytes and bytearray.
b = b'abracadabra'
for sub in [b'a', b'bra', b'', b'z', 97, 114, bytearray(b'cad')]:
    print(sub, b.find(sub), b.rfind(sub), b.count(sub))
print(b.find(b'a', 1), b.find(b'a', 1, 3), b.find(b'a', -4), b.rfind(b'a', 0, -1), b.find(b'', 20))
print(b.rfind(b'', 3), b.count(b'a', 2, 8), b.count(b'', 5), b.count(b'', 20), b.find(b'a', None, None))
print(b.index(b'c'), b.rindex(b'bra'), b.index(100), bytearray(b).rindex(b'a'))
print(b.startswith(b'abr'), b.startswith(b'bra'), b.startswith(b'bra', 1), b.startswith((b'x', b'ab')))
print(b.endswith(b'bra'), b.endswith(b'abr', 0, 4), b.endswith(()), b.endswith(b''), b.startswith(b'', 11))
print(b.startswith(b'', 12), bytearray(b'xyz').endswith(bytearray(b'yz')))
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: b.index(b'zz'))
attempt(lambda: b.rindex(b'zz'))
attempt(lambda: b.find('a'))
attempt(lambda: b.count(256))
attempt(lambda: b.count(-1))
attempt(lambda: b.find(b'a', 'x'))
attempt(lambda: b.startswith('a'))
attempt(lambda: b.endswith(['a']))
attempt(lambda: b.startswith(('a',)))
attempt(lambda: b.find())
attempt(lambda: b.find(b'a', 1, 2, 3))
