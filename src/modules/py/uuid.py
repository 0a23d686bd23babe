"""RFC 4122 universally unique identifiers.

UUID values are immutable and hashable; uuid1() makes one from the clock,
uuid4() from random bytes, and uuid3()/uuid5() from a namespace and a name
(hashed with MD5 and SHA-1).
"""

import os
from enum import Enum

try:
    import hashlib as _hashlib
except ImportError:     # uuid3 and uuid5 need it; the rest works without
    _hashlib = None

# What UUID.variant reports: the meaning of the top bits of clock_seq_hi_variant.
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# The constructor's keyword arguments are named int and bytes; these keep
# the builtins reachable inside it.
int_ = int
bytes_ = bytes

# Number of 100 ns ticks between 1582-10-15 (the Gregorian reform, where
# UUID time starts) and the Unix epoch.
_GREGORIAN_TO_UNIX_TICKS = 0x01b21dd213814000


class SafeUUID(Enum):
    """Whether the platform generated a UUID in a multiprocessing-safe way."""
    safe = 0
    unsafe = -1
    unknown = None


# The six fields of a UUID, most significant first: width in bits and the
# article the range error uses before it.
_FIELD_WIDTHS = (32, 16, 16, 8, 8, 48)
_WIDTH_ARTICLE = {8: 'an', 16: 'a', 32: 'a', 48: 'a'}


def _hex_to_int(text):
    """Parse the textual forms: 32 hex digits, optionally with hyphens,
    surrounding braces and a 'urn:uuid:' prefix."""
    digits = text.replace('urn:', '').replace('uuid:', '')
    digits = digits.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(digits, 16)


def _reorder_le(raw):
    """Swap between big-endian order and the bytes_le layout, whose first
    three fields are little-endian.  The swap is its own inverse."""
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _bytes_to_int(raw):
    if len(raw) != 16:
        raise ValueError('bytes is not a 16-char string')
    assert isinstance(raw, bytes_), repr(raw)
    return int_.from_bytes(raw, 'big')


def _fields_to_int(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for position, (field, width) in enumerate(zip(fields, _FIELD_WIDTHS), 1):
        if not 0 <= field < (1 << width):
            raise ValueError('field %d out of range (need %s %d-bit value)'
                             % (position, _WIDTH_ARTICLE[width], width))
        value = (value << width) | field
    return value


def _stamp_version(value, version):
    """Mark value as an RFC 4122 UUID of the given version: variant bits
    (top two of octet 8) become 10, the version nibble (top four of octet 6)
    becomes version."""
    if not 1 <= version <= 5:
        raise ValueError('illegal version number')
    value = (value & ~(0xc000 << 48)) | (0x8000 << 48)
    value = (value & ~(0xf000 << 64)) | (version << 76)
    return value


def _bit_field(shift, width, doc):
    """A read-only property exposing width bits of UUID.int from bit shift up."""
    mask = (1 << width) - 1

    def read(self):
        return (self.int >> shift) & mask
    return property(read, doc=doc)


class UUID:
    """An RFC 4122 UUID, held as a 128-bit integer.

    Give exactly one of hex (a string), bytes (16 bytes, big-endian),
    bytes_le (16 bytes, first three fields little-endian), fields (six
    integers) or int.  A version (1-5) rewrites the variant and version bits.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int]
        if given.count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            value = _hex_to_int(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            value = _bytes_to_int(_reorder_le(bytes_le))
        elif bytes is not None:
            value = _bytes_to_int(bytes)
        elif fields is not None:
            value = _fields_to_int(fields)
        else:
            value = int
        if not 0 <= value < (1 << 128):
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            value = _stamp_version(value, version)
        # __setattr__ refuses every assignment, so go around it.
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # Pickling: the integer, plus is_safe's plain value when it is known.

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe',
                           SafeUUID(state.get('is_safe', None)))

    # Equality, order and hash all come from the integer value.

    def __eq__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int == other.int

    def __lt__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int < other.int

    def __le__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int <= other.int

    def __gt__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int > other.int

    def __ge__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int >= other.int

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16],
                         digits[16:20], digits[20:]))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:%s' % self

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _reorder_le(self.bytes)

    time_low = _bit_field(96, 32, 'The first 32 bits.')
    time_mid = _bit_field(80, 16, 'The next 16 bits.')
    time_hi_version = _bit_field(64, 16, 'The next 16 bits (version on top).')
    clock_seq_hi_variant = _bit_field(56, 8, 'The next 8 bits (variant on top).')
    clock_seq_low = _bit_field(48, 8, 'The next 8 bits.')
    node = _bit_field(0, 48, 'The last 48 bits.')

    @property
    def fields(self):
        """The six fields, as the fields= argument takes them."""
        split = []
        value = self.int
        for width in reversed(_FIELD_WIDTHS):
            split.append(value & ((1 << width) - 1))
            value >>= width
        return tuple(reversed(split))

    @property
    def time(self):
        """The 60-bit timestamp, with the version nibble left out."""
        high = self.time_hi_version & 0x0fff
        return (high << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        """The 14-bit clock sequence, with the variant bits left out."""
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        top = self.clock_seq_hi_variant
        if not top & 0x80:
            return RESERVED_NCS
        if not top & 0x40:
            return RFC_4122
        if not top & 0x20:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """The version number, or None when the variant is not RFC 4122."""
        if self.variant != RFC_4122:
            return None
        return (self.time_hi_version >> 12) & 0xf


def _random_int(nbits):
    """A random non-negative integer below 2**nbits, from the OS when it can."""
    nbytes = (nbits + 7) // 8
    urandom = getattr(os, 'urandom', None)
    if urandom is not None:
        value = int_.from_bytes(urandom(nbytes), 'big')
    else:
        import random
        value = random.getrandbits(8 * nbytes)
    return value & ((1 << nbits) - 1)


_node = None


def getnode():
    """The 48-bit node number used by uuid1().

    No hardware address is read: as RFC 4122 allows, a random number with
    the multicast bit set (so it cannot clash with a real MAC address)
    stands in, chosen once per process.
    """
    global _node
    if _node is None:
        _node = _random_int(48) | (1 << 40)
    return _node


_last_timestamp = None


def _next_timestamp():
    """The current time in 100 ns ticks since 1582-10-15, strictly
    increasing from one call to the next so that uuid1() never repeats."""
    global _last_timestamp
    import time
    ticks = time.time_ns() // 100 + _GREGORIAN_TO_UNIX_TICKS
    if _last_timestamp is not None and ticks <= _last_timestamp:
        ticks = _last_timestamp + 1
    _last_timestamp = ticks
    return ticks


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID from the time, a clock sequence (random unless
    given) and a node (getnode() unless given)."""
    ticks = _next_timestamp()
    if clock_seq is None:
        clock_seq = _random_int(14)
    if node is None:
        node = getnode()
    fields = (ticks & 0xffffffff, (ticks >> 32) & 0xffff,
              (ticks >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
              clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def uuid4():
    """A version 4 UUID made of random bits."""
    return UUID(int=_random_int(128), version=4)


def _name_based(hash_name, namespace, name, version):
    payload = namespace.bytes + bytes_(name, 'utf-8')
    digest = getattr(_hashlib, hash_name)(payload).digest()
    return UUID(bytes=digest[:16], version=version)


if _hashlib is not None:
    def uuid3(namespace, name):
        """A version 3 UUID: the MD5 hash of a namespace UUID and a name."""
        return _name_based('md5', namespace, name, 3)

    def uuid5(namespace, name):
        """A version 5 UUID: the SHA-1 hash of a namespace UUID and a name."""
        return _name_based('sha1', namespace, name, 5)


# The namespaces RFC 4122 predefines (its appendix C).
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
