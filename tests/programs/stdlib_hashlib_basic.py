import hashlib, binascii
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    h = getattr(hashlib, name)(b'hello ')
    c = h.copy()
    h.update(b'world')
    n = hashlib.new(name.upper() if name.startswith('sha') and '_' not in name else name, b'hello world')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), n.hexdigest() == h.hexdigest(), c.hexdigest() == getattr(hashlib, name)(b'hello ').hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
print(hashlib.sha256().hexdigest(), hashlib.md5(bytearray(b'abc')).hexdigest(), hashlib.sha1(string=b'abc').hexdigest())
print(type(hashlib.md5()).__name__, repr(hashlib.md5()).startswith('<md5 _hashlib.HASH object @ 0x'))
print(sorted(hashlib.algorithms_guaranteed - {'shake_128', 'shake_256'}))
for bad in [lambda: hashlib.md5('x'), lambda: hashlib.md5().update(1), lambda: hashlib.new('nope')]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
h = hashlib.sha256()
for i in range(100):
    h.update(str(i).encode())
print(h.hexdigest())
print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b''), binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcde', b':', 2), binascii.hexlify(b'abcde', ':', -2))
print(binascii.unhexlify('01abff'), binascii.a2b_hex(b'4142'), binascii.crc32(b'hello'), binascii.crc32(b'lo', binascii.crc32(b'hel')), binascii.crc32(b''))
for bad in ['abc', 'zz']:
    try: binascii.unhexlify(bad)
    except binascii.Error as e: print(type(e).__name__, isinstance(e, ValueError), e)
import io
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b''), hashlib.md5).hexdigest())
