# uuid: parsing quirks, argument errors, pickling of is_safe, subclassing.
import copy
import pickle
import uuid
from uuid import UUID, SafeUUID

texts = [' 1234567812345678123456781234567', '1234567_12345678123456781234567',
         'URN:UUID:12345678123456781234567812345678', '{{12345678123456781234567812345678}}',
         'uuid:12345678123456781234567812345678', '12345678123456781234-urn:567812345678',
         '12345678-1234-5678-1234-56781234567G']
for text in texts:
    try:
        print(repr(UUID(text)))
    except ValueError as e:
        print('ValueError', e)
for kw in (dict(hex=5), dict(bytes=bytearray(16)), dict(bytes_le=bytearray(16)),
           dict(bytes='x' * 16), dict(fields=[1, 2, 3, 4, 5, 6]), dict(fields=(-1, 0, 0, 0, 0, 0)),
           dict(int=5, version=True), dict(hex='12345678-1234-5678-1234-567812345678', version=4),
           dict(bytes=b'\xff' * 16, version=1), dict(int=0, version=3)):
    try:
        u = UUID(**kw)
        print(repr(u), u.version, u.variant)
    except Exception as e:
        print(type(e).__name__, e)

u = UUID(int=5)
print(u.__lt__(3), u.__eq__(3), u == UUID(int=5), u != UUID(int=6), u >= UUID(int=5))
print(UUID.__init__.__defaults__, UUID.__init__.__kwdefaults__, UUID.__slots__)
print(SafeUUID(0), SafeUUID(None), SafeUUID(-1).name, list(SafeUUID.__members__))
for safe in SafeUUID:
    v = UUID(int=7, is_safe=safe)
    w = pickle.loads(pickle.dumps(v))
    print(v.__getstate__(), w.is_safe, copy.deepcopy(v).is_safe, w == v)
print(hasattr(u, '__dict__'), format(u), f'{u!r}')
try:
    format(u, 'x')
except TypeError as e:
    print('TypeError', e)


class Tagged(UUID):
    pass


t = Tagged(int=3)
print(repr(t), t == UUID(int=3), hash(t) == hash(3), isinstance(t, UUID))
print(uuid.uuid1(node=1, clock_seq=(1 << 14) + 5).clock_seq, uuid.uuid4().is_safe)
try:
    uuid.uuid1(node=1 << 48, clock_seq=1)
except ValueError as e:
    print('ValueError', e)
stamps = [uuid.uuid1(node=0, clock_seq=0).time for _ in range(50)]
print(stamps == sorted(set(stamps)))
for bad in (5, b'x'):
    try:
        uuid.uuid5(uuid.NAMESPACE_URL, bad)
    except TypeError as e:
        print('TypeError', e)
try:
    uuid.uuid3('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'x')
except AttributeError as e:
    print('AttributeError', e)
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'x'), uuid.uuid3(uuid.NAMESPACE_OID, '1.3.6.1'))
print(uuid.int_ is int, uuid.bytes_ is bytes)
print(UUID(int=(1 << 128) - 1).time, UUID(int=(1 << 128) - 1).clock_seq)
