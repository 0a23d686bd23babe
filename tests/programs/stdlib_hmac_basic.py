import hmac, hashlib
h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = h.copy(); h2.update(b'!')
print(h.hexdigest() != h2.hexdigest(), hmac.new(b'key', digestmod='md5').hexdigest())
print(hmac.new(b'k' * 200, b'msg', 'sha512').hexdigest())
print(hmac.digest(b'key', b'msg', 'sha1').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('ab', 'abc'))
for bad in [lambda: hmac.new('key', b'', 'md5'), lambda: hmac.new(b'key'), lambda: hmac.compare_digest('a', b'a')]:
    try: bad()
    except TypeError as e: print(e)
