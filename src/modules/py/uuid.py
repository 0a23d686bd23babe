r"""UUID objects (universally unique identifiers) according to RFC 4122.

This module provides immutable UUID objects (class UUID) and the functions
uuid1() and uuid4() for generating version 1 and 4 UUIDs as specified in
RFC 4122 (uuid3() and uuid5(), the name-based versions, exist when the
hashlib module is available).

Typical usage:

    >>> import uuid
    >>> x = uuid.UUID('{00010203-0405-0607-0809-0a0b0c0d0e0f}')
    >>> str(x)
    '00010203-0405-0607-0809-0a0b0c0d0e0f'
    >>> x.bytes
    b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f'
    >>> uuid.UUID(bytes=x.bytes) == x
    True
"""

import os
from enum import Enum

try:
    import hashlib as _hashlib
except ImportError:  # no name-based UUIDs (uuid3, uuid5) without it
    _hashlib = None

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

# The UUID constructor's parameters shadow these builtins.
int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le(b):
    """Convert between the big-endian byte order of UUID.bytes and the
    little-endian fields of bytes_le (the same swap both ways)."""
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


_FIELD_LIMITS = ((32, 'a 32'), (16, 'a 16'), (16, 'a 16'), (8, 'an 8'), (8, 'an 8'),
                 (48, 'a 48'))


class UUID:
    """An immutable, hashable RFC 4122 UUID, stored as a 128-bit integer.

    Build one from exactly one of: a hex string (hex=, braces, hyphens and
    a 'urn:uuid:' prefix allowed), 16 big-endian bytes (bytes=), 16 bytes
    whose first three fields are little-endian (bytes_le=), the six integer
    fields (fields=) or the integer itself (int=).  A version number, if
    given, overrides the variant and version bits.  str() gives the
    canonical 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' form.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            for n, (value, (bits, what)) in enumerate(zip(fields, _FIELD_LIMITS), 1):
                if not 0 <= value < 1 << bits:
                    raise ValueError('field %d out of range (need %s-bit value)'
                                     % (n, what))
            time_low, time_mid, time_hi_version, seq_hi, seq_low, node = fields
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
                   | (seq_hi << 56) | (seq_low << 48) | node)
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # Set the variant to RFC 4122 and put the version number in.
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        d = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            # is_safe is a SafeUUID instance; pickle its value only.
            d['is_safe'] = self.is_safe.value
        return d

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe',
                           SafeUUID(state['is_safe']) if 'is_safe' in state
                           else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    # UUIDs order by their integer value.

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        hex = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (
            hex[:8], hex[8:12], hex[12:16], hex[16:20], hex[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) |
                (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return (((self.clock_seq_hi_variant & 0x3f) << 8) |
                self.clock_seq_low)

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # The version number is only meaningful for RFC 4122 UUIDs.
        if self.variant == RFC_4122:
            return int_((self.int >> 76) & 0xf)
        return None


def _random_bytes(n):
    urandom = getattr(os, 'urandom', None)
    if urandom is not None:
        return urandom(n)
    # No os.urandom in this interpreter: fall back to the random module.
    import random
    return random.getrandbits(8 * n).to_bytes(n, 'big')


_node = None


def getnode():
    """Get the hardware address as a 48-bit positive integer.

    The hardware address is not available here, so, as RFC 4122 recommends
    when there is none, a random 48-bit number with its multicast bit (the
    least significant bit of the first octet) set is used instead.  The
    value is chosen once per process.
    """
    global _node
    if _node is None:
        _node = int_.from_bytes(_random_bytes(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """Generate a UUID from a host ID, sequence number, and the current time.
    If 'node' is not given, getnode() is used to obtain the hardware
    address.  If 'clock_seq' is given, it is used as the sequence number;
    otherwise a random 14-bit sequence number is chosen."""
    global _last_timestamp
    import time
    # 100-ns intervals since the start of the Gregorian calendar (1582-10-15).
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = int_.from_bytes(_random_bytes(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    fields = (timestamp & 0xffffffff, (timestamp >> 32) & 0xffff,
              (timestamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
              clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


if _hashlib is not None:
    def uuid3(namespace, name):
        """Generate a UUID from the MD5 hash of a namespace UUID and a name."""
        digest = _hashlib.md5(namespace.bytes + bytes_(name, 'utf-8')).digest()
        return UUID(bytes=digest[:16], version=3)


def uuid4():
    """Generate a random UUID."""
    return UUID(bytes=_random_bytes(16), version=4)


if _hashlib is not None:
    def uuid5(namespace, name):
        """Generate a UUID from the SHA-1 hash of a namespace UUID and a name."""
        digest = _hashlib.sha1(namespace.bytes + bytes_(name, 'utf-8')).digest()
        return UUID(bytes=digest[:16], version=5)


# The UUIDs of the standard namespaces (RFC 4122 appendix C).
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
