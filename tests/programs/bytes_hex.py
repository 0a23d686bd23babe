# bytes.hex with separators and bytes.fromhex round trips.
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(':'), data.hex(' ', 2), data.hex('-', -2), data.hex(b'_', 3))
print(data.hex(sep='|', bytes_per_sep=4), b''.hex(), b''.hex(':'), b'\x01'.hex(':', 5), bytearray(b'\xab\xcd').hex())
print(data.hex(':', 0), data.hex(':', 1))
for h in ['', '00', 'ff 00 ff', ' 0a0b ', 'DEADbeef', '0a\t0b\n0c']:
    print(repr(h), bytes.fromhex(h), bytes.fromhex(h).hex() == h.replace(' ', '').replace('\t', '').replace('\n', '').lower())
print(bytes.fromhex(data.hex()) == data, bytearray.fromhex(data.hex(' ')) == data)
class MyBytes(bytes):
    pass
m = MyBytes.fromhex('6869')
print(type(m).__name__, m)
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: data.hex('::'))
attempt(lambda: data.hex(''))
attempt(lambda: data.hex('é'))
attempt(lambda: data.hex(5))
attempt(lambda: bytes.fromhex('0g'))
attempt(lambda: bytes.fromhex('g0'))
attempt(lambda: bytes.fromhex('0 1'))
attempt(lambda: bytes.fromhex('012'))
attempt(lambda: bytes.fromhex('é0'))
attempt(lambda: bytes.fromhex(12))
