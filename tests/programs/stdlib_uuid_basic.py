# uuid: the UUID class, its constructors and properties, uuid1/uuid4 shapes.
import copy
import uuid
from uuid import UUID

u = UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.clock_seq, u.node, u.time)
print(u.variant, u.version, u.is_safe, int(u))
for text in ['12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678',
             '{12345678-1234-5678-1234-567812345678}', '12345678-1234-5678-1234-567812345678']:
    print(UUID(text) == u, UUID(hex=text) == u)
print(UUID(bytes=u.bytes) == u, UUID(bytes_le=u.bytes_le) == u, UUID(fields=u.fields) == u, UUID(int=u.int) == u)
print(UUID(int=0), UUID(int=(1 << 128) - 1), UUID(bytes=bytes(range(16))))
print(UUID(bytes_le=bytes(range(16))), UUID(fields=(1, 2, 3, 4, 5, 6)))
for v in range(1, 6):
    x = UUID(int=(1 << 128) - 1, version=v)
    print(v, x, x.version, x.variant)
    x = UUID(int=0, version=v)
    print(v, x, x.version, x.variant)
for i in (0, 0x8000 << 48, 0xc000 << 48, 0xe000 << 48):
    x = UUID(int=i | (4 << 76))
    print(x.variant, x.version)
print(uuid.RESERVED_NCS, '|', uuid.RFC_4122, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(repr(uuid.NAMESPACE_DNS), uuid.NAMESPACE_DNS.version, uuid.NAMESPACE_DNS.variant)

# Comparisons, hashing, immutability.
a, b = UUID(int=1), UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == UUID(int=1), a != b, a == 1, a == '1')
print(sorted([b, a, UUID(int=0)]), hash(a) == hash(UUID(int=1)), hash(a) == hash(1))
print(len({a, b, UUID(int=1)}), {a: 'x'}[UUID(int=1)])
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
try:
    a.int = 5
except TypeError as e:
    print('TypeError', e)
try:
    a.foo = 5
except TypeError as e:
    print('TypeError', e)
print(copy.copy(u) == u, copy.deepcopy(u) == u)
print(u.__getstate__(), UUID(int=3, is_safe=uuid.SafeUUID.safe).__getstate__())
print(list(uuid.SafeUUID), uuid.SafeUUID.unknown, repr(uuid.SafeUUID.unsafe))

# Errors.
bad = [
    dict(), dict(hex='1' * 32, int=1), dict(hex='1234'), dict(hex='g' * 32),
    dict(bytes=b'abc'), dict(bytes_le=b'x' * 17), dict(fields=(1, 2, 3)),
    dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
    dict(fields=(0, 0, 1 << 16, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)),
    dict(fields=(0, 0, 0, 0, 256, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)),
    dict(int=-1), dict(int=1 << 128), dict(int=0, version=0), dict(int=0, version=6),
]
for kw in bad:
    try:
        UUID(**kw)
        print('no error', kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Random and time-based UUIDs: only their shape is deterministic.
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), str(r)[14], r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.time > 0x01b21dd213814000 + 10 ** 16, t != uuid.uuid1())
t2 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t2.node == 0x123456789abc, t2.clock_seq, t2.version)
n = uuid.getnode()
print(0 <= n < 1 << 48, n == uuid.getnode())
