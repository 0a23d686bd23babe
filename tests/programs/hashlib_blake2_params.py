import hashlib
b = hashlib.blake2b(b'x', digest_size=8, key=b'k', salt=b's', person=b'p'); print(b.name, b.digest_size, b.block_size, b.hexdigest())
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k'*65), dict(salt=b's'*17), dict(person=b'p'*17)]:
    try: hashlib.blake2b(**kw)
    except Exception as e: print(type(e).__name__, e)
for kw in [dict(digest_size=33), dict(key=b'k'*33), dict(salt=b's'*9)]:
    try: hashlib.blake2s(**kw)
    except Exception as e: print(type(e).__name__, e)
print(hashlib.new('blake2b', b'x', digest_size=4).hexdigest())
print(hashlib.blake2b(b'x', key=b'').hexdigest() == hashlib.blake2b(b'x').hexdigest())
for n in (0, 1, 127, 128, 129, 256, 1000):
    data = bytes(range(256)) * 4
    h = hashlib.blake2b(key=b'secret' * 3, digest_size=20)
    h.update(data[:n]); c = h.copy(); c.update(b'more')
    print(n, h.hexdigest(), c.hexdigest()[:10], hashlib.blake2s(data[:n], digest_size=16, person=b'me').hexdigest(), hashlib.blake2s(data[:n], key=b'k' * 32).hexdigest()[:16])
print(hashlib.blake2b(b'abc').hexdigest()[:32], hashlib.blake2s(b'abc').digest()[:8])
