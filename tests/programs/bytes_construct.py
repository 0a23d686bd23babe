# Constructing bytes and bytearray from every kind of source.
print(bytes(), bytes(0), bytes(4), bytearray(3), bytearray())
print(bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)), bytes(x for x in [104, 105]))
print(bytearray([1, 2]), bytearray(range(97, 100)), bytearray(b'copy'), bytes(bytearray(b'back')))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', encoding='latin-1'))
print(bytes('x€y', 'ascii', 'replace'), bytes('x€y', 'ascii', errors='ignore'))
print(bytearray('grüß', 'utf-8'), bytearray('ab', encoding='utf_8'))
print(bytes(source=b'kw'), bytes([True, False]))
class HasBytes:
    def __bytes__(self):
        return b'from dunder'
print(bytes(HasBytes()))
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), bytes([Idx(), 65]))
print('abc'.encode(), 'é'.encode('utf-8'), 'é'.encode('latin-1'), 'abc'.encode(encoding='ascii'))
print(bytes.fromhex('48656c6c6f'), bytes.fromhex('  de ad be ef '), bytearray.fromhex('00ff'))
print(type(bytearray.fromhex('aa')).__name__, type(bytes.fromhex('')).__name__)
b = b'same'
print(bytes(b) is b, bytearray(b) is b)
print(bytes.maketrans(b'abc', b'xyz')[97:100])
def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: bytes(-1))
attempt(lambda: bytearray(-5))
attempt(lambda: bytes('text'))
attempt(lambda: bytearray('text'))
attempt(lambda: bytes([256]))
attempt(lambda: bytes([-1]))
attempt(lambda: bytearray([300]))
attempt(lambda: bytes(['a']))
attempt(lambda: bytes(1.5))
attempt(lambda: bytearray(2.5))
attempt(lambda: bytes(None))
attempt(lambda: bytes(5, 'ascii'))
attempt(lambda: bytes(b'x', 'ascii'))
attempt(lambda: bytes('x', 'no-such-codec'))
attempt(lambda: bytes('é', 'ascii'))
attempt(lambda: bytes.fromhex('zz'))
attempt(lambda: bytes.fromhex('abc'))
attempt(lambda: bytes.fromhex('a b'))
attempt(lambda: bytes.fromhex(b'aa'))
attempt(lambda: bytes.maketrans(b'ab', b'c'))
attempt(lambda: bytes(object()))
attempt(lambda: bytes(x=1))
print(int(b'12'), int(bytearray(b' -7 ')), int(b'1_000'))
for x in [b'x', b'\xff', bytearray(b'1.5'), b'']:
    attempt(lambda: int(x))
