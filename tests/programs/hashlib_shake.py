# hashlib.shake_128 / shake_256: extendable output, digest(n) / hexdigest(n).
import hashlib

h = hashlib.shake_128(b'abc')
print(type(h).__name__, h.name, h.digest_size, h.block_size)
print(hashlib.shake_256().name, hashlib.shake_256().block_size)
print(h.hexdigest(0), h.digest(3), h.hexdigest(length=10))
print(hashlib.shake_128().hexdigest(32))
print(hashlib.shake_256().hexdigest(64))
print(hashlib.shake_256(b'The quick brown fox jumps over the lazy dog').hexdigest(20))
# Longer than one block of input and of output.
print(hashlib.shake_128(b'a' * 500).hexdigest(400)[-40:])
print(hashlib.shake_256(b'b' * 137).hexdigest(300)[-40:])
for size in [0, 1, 135, 136, 137, 167, 168, 169, 336]:
    data = bytes(range(256)) * 2
    print(size, hashlib.shake_128(data[:size]).hexdigest(8),
          hashlib.shake_256(data[:size]).hexdigest(8))
c = h.copy()
h.update(b'd')
print(c.hexdigest(4), h.hexdigest(4), hashlib.shake_128(b'abcd').hexdigest(4))
print(hashlib.new('shake_128', b'abc').hexdigest(4), hashlib.new('SHAKE256').hexdigest(4))
print(hashlib.shake_256(string=b'x').hexdigest(5))
print(hashlib.shake_128(b'x', usedforsecurity=False).hexdigest(2))
print(sorted(hashlib.algorithms_guaranteed))
print('shake_128' in hashlib.__all__, 'shake_256' in hashlib.__all__)
print(repr(h).startswith('<shake_128 _hashlib.HASHXOF object @ 0x'))
for bad in [lambda: h.digest(), lambda: h.hexdigest(), lambda: h.digest('x'),
            lambda: h.digest(2 ** 70), lambda: hashlib.shake_128('text'),
            lambda: hashlib.shake_128(b'x', b'y'), lambda: h.digest(-1),
            lambda: h.hexdigest(-1), lambda: h.update(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
