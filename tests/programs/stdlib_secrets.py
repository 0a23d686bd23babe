# secrets: tokens and random choices from the system source (only their shape is printed).
import secrets
import string
from random import SystemRandom

print(len(secrets.token_bytes()), len(secrets.token_bytes(16)), type(secrets.token_bytes(0)))
h = secrets.token_hex(16)
print(len(h), all(c in string.hexdigits for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(1)), secrets.token_urlsafe(0) == '')
print(secrets.DEFAULT_ENTROPY)

alphabet = string.ascii_letters + string.digits
pw = ''.join(secrets.choice(alphabet) for _ in range(20))
print(len(pw), all(c in alphabet for c in pw))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))
print(sorted(set(secrets.randbelow(3) for _ in range(300))))
print(secrets.randbelow(1), secrets.randbits(0))
print(all(0 <= secrets.randbits(8) < 256 for _ in range(200)))
print(secrets.randbits(200).bit_length() <= 200)
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError:', e)
try:
    secrets.randbits(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    secrets.choice([])
except IndexError as e:
    print('IndexError:', e)

print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'))
print(secrets.compare_digest(bytearray(b'x'), b'x'), secrets.compare_digest(b'', b'a'))
try:
    secrets.compare_digest('abc', b'abc')
except TypeError as e:
    print('TypeError:', e)

r = secrets.SystemRandom()
print(r is not None, isinstance(r, SystemRandom), r.seed(42))
x = r.random()
print(0.0 <= x < 1.0, type(x).__name__)
print(1 <= r.randint(1, 6) <= 6, len(r.randbytes(5)), len(r.sample(range(100), 10)))
items = list(range(10))
r.shuffle(items)
print(sorted(items) == list(range(10)))
print(0 <= r.uniform(2, 3) <= 3, r.choice('a'))
for name in ('getstate', 'setstate'):
    try:
        getattr(r, name)(None) if name == 'setstate' else r.getstate()
    except NotImplementedError as e:
        print('NotImplementedError:', e)
print(sorted(secrets.__all__))
