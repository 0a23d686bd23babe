"""IPv4 and IPv6 addresses, networks and interfaces.

Addresses are stored as plain ints; networks as a network address plus a
prefix length.  Parsing is strict (no leading zeros in IPv4 octets, no
abbreviated IPv4 forms) and the error messages are CPython's.
"""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """An address string, int or packed value that is not a valid address."""


class NetmaskValueError(ValueError):
    """A prefix length or netmask that is not valid."""


# ---------------------------------------------------------------------------
# The module-level factories

def ip_address(address):
    """An IPv4Address or IPv6Address, whichever ADDRESS parses as."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network, whichever ADDRESS parses as."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface, whichever ADDRESS parses as."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


# ---------------------------------------------------------------------------
# Text <-> int for both versions

_DECIMAL = frozenset('0123456789')
_HEX = frozenset('0123456789abcdefABCDEF')


def _octet_value(text):
    """One dotted-quad field as an int; ValueError says what is wrong."""
    if not text:
        raise ValueError('Empty octet not permitted')
    if not _DECIMAL.issuperset(text):
        raise ValueError(f'Only decimal digits permitted in {text!r}')
    if len(text) > 3:
        raise ValueError(f'At most 3 characters permitted in {text!r}')
    if text != '0' and text[0] == '0':
        raise ValueError(f'Leading zeros are not permitted in {text!r}')
    value = int(text, 10)
    if value > 255:
        raise ValueError(f'Octet {value} (> 255) not permitted')
    return value


def _parse_ipv4(text):
    """'a.b.c.d' as an int."""
    if not text:
        raise AddressValueError('Address cannot be empty')
    fields = text.split('.')
    if len(fields) != 4:
        raise AddressValueError(f'Expected 4 octets in {text!r}')
    value = 0
    try:
        for field in fields:
            value = (value << 8) | _octet_value(field)
    except ValueError as exc:
        raise AddressValueError(f'{exc} in {text!r}') from None
    return value


def _format_ipv4(value):
    return '.'.join(str((value >> shift) & 0xFF) for shift in (24, 16, 8, 0))


def _hextet_value(text):
    if not _HEX.issuperset(text):
        raise ValueError(f'Only hex digits permitted in {text!r}')
    if len(text) > 4:
        raise ValueError(f'At most 4 characters permitted in {text!r}')
    return int(text, 16)


def _expand_double_colon(parts, text):
    """Replace the empty part that '::' leaves with the zero hextets it stands for."""
    gap = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if gap is not None:
                raise AddressValueError(f"At most one '::' permitted in {text!r}")
            gap = i
    if gap is None:
        if len(parts) != 8:
            raise AddressValueError(f"Exactly 8 parts expected without '::' in {text!r}")
        if not parts[0]:
            raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
        if not parts[-1]:
            raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
        return parts
    before, after = parts[:gap], parts[gap + 1:]
    # A '::' at either end leaves one extra empty string on that side.
    if not before[0]:
        before = before[1:]
        if before:
            raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
    if not after[-1]:
        after = after[:-1]
        if after:
            raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
    missing = 8 - len(before) - len(after)
    if missing < 1:
        raise AddressValueError(f"Expected at most 7 other parts with '::' in {text!r}")
    return before + ['0'] * missing + after


def _parse_ipv6(text):
    """A colon-hex IPv6 address (with an optional dotted-quad tail) as an int."""
    if not text:
        raise AddressValueError('Address cannot be empty')
    parts = text.split(':')
    if len(parts) < 3:
        raise AddressValueError(f'At least 3 parts expected in {text!r}')
    if '.' in parts[-1]:
        try:
            tail = IPv4Address(parts.pop())._ip
        except AddressValueError as exc:
            raise AddressValueError(f'{exc} in {text!r}') from None
        parts += ['%x' % (tail >> 16), '%x' % (tail & 0xFFFF)]
    if len(parts) > 9:
        raise AddressValueError(f'At most 8 colons permitted in {text!r}')
    value = 0
    try:
        for part in _expand_double_colon(parts, text):
            value = (value << 16) | _hextet_value(part)
    except ValueError as exc:
        if isinstance(exc, AddressValueError):
            raise
        raise AddressValueError(f'{exc} in {text!r}') from None
    return value


def _hextets(value):
    return [(value >> shift) & 0xFFFF for shift in range(112, -16, -16)]


def _longest_zero_run(hextets):
    """(start, length) of the first longest run of zero hextets."""
    best_start, best_len = -1, 0
    run_start = None
    for i, hextet in enumerate(hextets + [1]):
        if hextet == 0:
            if run_start is None:
                run_start = i
        elif run_start is not None:
            if i - run_start > best_len:
                best_start, best_len = run_start, i - run_start
            run_start = None
    return best_start, best_len


def _format_ipv6(value):
    """The RFC 5952 short form: lower-case hex, the longest run of two or
    more zero hextets replaced by '::'."""
    hextets = _hextets(value)
    start, length = _longest_zero_run(hextets)
    words = ['%x' % h for h in hextets]
    if length < 2:
        return ':'.join(words)
    head = ':'.join(words[:start])
    tail = ':'.join(words[start + length:])
    return head + '::' + tail


def _exploded_ipv6(value):
    return ':'.join('%04x' % h for h in _hextets(value))


def _split_scope(text):
    """Split 'addr%scope' into its two halves (scope None when absent)."""
    address, percent, scope = text.partition('%')
    if not percent:
        return address, None
    if not scope or '%' in scope:
        raise AddressValueError('Invalid IPv6 address: "%r"' % text)
    return address, scope


def _require_same_version(first, second):
    if first._version != second._version:
        raise TypeError(f'{first} and {second} are not of the same version')


def _trailing_zero_bits(value, width):
    if value == 0:
        return width
    return min(width, (~value & (value - 1)).bit_length())


# ---------------------------------------------------------------------------
# What addresses, networks and interfaces share

class _IPAddressBase:
    """Behaviour common to every address, network and interface."""

    __slots__ = ()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def exploded(self):
        """The long form: every IPv6 hextet written with four digits."""
        return str(self)

    @property
    def compressed(self):
        """The short form, as str() gives it."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the reverse DNS PTR record for this address."""
        if self._version == 4:
            return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'
        digits = self.exploded[::-1].replace(':', '')
        return '.'.join(digits) + '.ip6.arpa'

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __reduce__(self):
        return type(self), (str(self),)

    # -- netmask handling, shared by networks and interfaces --

    @classmethod
    def _bad_netmask(cls, text):
        raise NetmaskValueError(f'{text!r} is not a valid netmask') from None

    @classmethod
    def _prefix_from_digits(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._bad_netmask(text)
        prefixlen = int(text)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._bad_netmask(text)
        return prefixlen

    @classmethod
    def _prefix_from_mask_int(cls, mask):
        """The prefix length of a contiguous netmask; ValueError otherwise."""
        zeros = _trailing_zero_bits(mask, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if mask >> zeros != (1 << prefixlen) - 1:
            raise ValueError('not a contiguous netmask')
        return prefixlen

    @classmethod
    def _prefix_from_mask_text(cls, text):
        """Prefix length of a dotted netmask or hostmask (IPv4 only)."""
        try:
            mask = _parse_ipv4(text)
        except AddressValueError:
            cls._bad_netmask(text)
        for candidate in (mask, mask ^ cls._ALL_ONES):
            try:
                return cls._prefix_from_mask_int(candidate)
            except ValueError:
                pass
        cls._bad_netmask(text)

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) from an int or a string."""
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._bad_netmask(str(prefixlen))
        elif cls._version == 4:
            try:
                prefixlen = cls._prefix_from_digits(arg)
            except NetmaskValueError:
                prefixlen = cls._prefix_from_mask_text(arg)
        else:
            prefixlen = cls._prefix_from_digits(arg)
        mask = cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)
        return cls._address_class(mask), prefixlen

    @classmethod
    def _split_addr_prefix(cls, address):
        """(address part, prefix part) of a network or interface argument."""
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if isinstance(address, tuple):
            return address
        pieces = str(address).split('/')
        if len(pieces) > 2:
            raise AddressValueError(f"Only one '/' permitted in {address!r}")
        if len(pieces) == 2:
            return pieces[0], pieces[1]
        return pieces[0], cls._max_prefixlen


# ---------------------------------------------------------------------------
# Addresses

@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """One address, held as an int in _ip."""

    __slots__ = ()

    def _init_from(self, address):
        """Set _ip from an int, packed bytes or text."""
        bits, version = self._max_prefixlen, self._version
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError(
                    f'{address} (< 0) is not permitted as an IPv{version} address')
            if address > self._ALL_ONES:
                raise AddressValueError(
                    f'{address} (>= 2**{bits}) is not permitted as an IPv{version} address')
            self._ip = address
            return None
        if isinstance(address, bytes):
            if len(address) != bits // 8:
                raise AddressValueError(
                    f'{address!r} (len {len(address)} != {bits // 8}) '
                    f'is not permitted as an IPv{version} address')
            self._ip = int.from_bytes(address, 'big')
            return None
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        return text

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            other_ip, other_version = other._ip, other._version
        except AttributeError:
            return NotImplemented
        return self._ip == other_ip and self._version == other_version

    def __lt__(self, other):
        if isinstance(other, _BaseAddress):
            _require_same_version(self, other)
            return self._ip < other._ip
        return NotImplemented

    def __hash__(self):
        return hash(hex(self._ip))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(int(self) - other)

    def __reduce__(self):
        return type(self), (self._ip,)

    def __format__(self, spec):
        """'' or a spec ending in 's' formats the text; otherwise an optional
        '#', an optional '_' and one of b, x, X, n give the zero-padded int."""
        if not spec or spec[-1] == 's':
            return format(str(self), spec)
        body = spec[:-1]
        kind = spec[-1]
        alternate = body.startswith('#')
        if alternate:
            body = body[1:]
        if kind not in 'bxXn' or body not in ('', '_'):
            raise TypeError(
                f'unsupported format string passed to {type(self).__name__}.__format__')
        if kind == 'n':
            kind = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if kind == 'b' else self._max_prefixlen // 4
        if body:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(self._ip, f"{'#' if alternate else ''}0{width}{body}{kind}")

    @property
    def packed(self):
        """The address as big-endian bytes."""
        return self._ip.to_bytes(self._max_prefixlen // 8, 'big')

    def _in_any(self, networks):
        return any(self in network for network in networks)


class IPv4Address(_BaseAddress):
    """A 32-bit IPv4 address."""

    __slots__ = ('_ip', '__weakref__')
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1

    def __init__(self, address):
        text = self._init_from(address)
        if text is not None:
            self._ip = _parse_ipv4(text)

    def __str__(self):
        return _format_ipv4(self._ip)

    @property
    def is_private(self):
        """In one of the IANA special-purpose blocks not routed globally."""
        return self._in_any(_IPv4Special.private)

    @property
    def is_global(self):
        return self not in _IPv4Special.shared and not self.is_private

    @property
    def is_multicast(self):
        return self in _IPv4Special.multicast

    @property
    def is_reserved(self):
        return self in _IPv4Special.reserved

    @property
    def is_loopback(self):
        return self in _IPv4Special.loopback

    @property
    def is_link_local(self):
        return self in _IPv4Special.link_local

    @property
    def is_unspecified(self):
        return self._ip == 0


class IPv6Address(_BaseAddress):
    """A 128-bit IPv6 address, optionally with a '%scope' zone."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1

    def __init__(self, address):
        self._scope_id = None
        text = self._init_from(address)
        if text is not None:
            text, self._scope_id = _split_scope(text)
            self._ip = _parse_ipv6(text)

    def __str__(self):
        text = _format_ipv6(self._ip)
        return text if self._scope_id is None else f'{text}%{self._scope_id}'

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return type(self), (str(self),)

    @property
    def exploded(self):
        return _exploded_ipv6(self._ip)

    @property
    def scope_id(self):
        """The zone after '%' in the text form, or None."""
        return self._scope_id

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an ::ffff:a.b.c.d address, else None."""
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a 2001::/32 Teredo address, else None."""
        if self._ip >> 96 != 0x20010000:
            return None
        server = (self._ip >> 64) & 0xFFFFFFFF
        client = (self._ip & 0xFFFFFFFF) ^ 0xFFFFFFFF   # stored inverted
        return IPv4Address(server), IPv4Address(client)

    @property
    def sixtofour(self):
        """The IPv4 address inside a 2002::/16 6to4 address, else None."""
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in_any(_IPv6Special.private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_multicast(self):
        return self in _IPv6Special.multicast

    @property
    def is_reserved(self):
        return self._in_any(_IPv6Special.reserved)

    @property
    def is_link_local(self):
        return self in _IPv6Special.link_local

    @property
    def is_site_local(self):
        return self in _IPv6Special.site_local

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def is_unspecified(self):
        return self._ip == 0


# ---------------------------------------------------------------------------
# Networks

@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A block of addresses: network_address and prefix length."""

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = self._address_class(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        start = int(self.network_address)
        masked = start & int(self.netmask)
        if masked != start:
            if strict:
                raise ValueError(f'{self} has host bits set')
            self.network_address = self._address_class(masked)
        self._add_host_shortcuts()

    def _add_host_shortcuts(self):
        """The two smallest blocks have no network/broadcast to leave out."""
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            only = self.network_address
            self.hosts = lambda: [only]

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def broadcast_address(self):
        """The last address of the block."""
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def exploded(self):
        if self._version == 4:
            return str(self)
        return f'{_exploded_ipv6(int(self.network_address))}/{self._prefixlen}'

    def _bounds(self):
        return int(self.network_address), int(self.broadcast_address)

    def __iter__(self):
        first, last = self._bounds()
        for value in range(first, last + 1):
            yield self._address_class(value)

    def hosts(self):
        """The usable host addresses: all but the network address and, for
        IPv4, the broadcast address."""
        first, last = self._bounds()
        if self._version == 4:
            last -= 1
        for value in range(first + 1, last + 1):
            yield self._address_class(value)

    def __getitem__(self, n):
        first, last = self._bounds()
        value = first + n if n >= 0 else last + n + 1
        if not first <= value <= last:
            raise IndexError('address out of range')
        return self._address_class(value)

    def __contains__(self, other):
        # Only addresses of the same version can be members; a network never is.
        if other._version != self._version or isinstance(other, _BaseNetwork):
            return False
        return other._ip & int(self.netmask) == int(self.network_address)

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _BaseNetwork):
            _require_same_version(self, other)
            return self._sort_key() < other._sort_key()
        return NotImplemented

    def _sort_key(self):
        return (int(self.network_address), int(self.netmask))

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def compare_networks(self, other):
        """-1, 0 or 1 as SELF sorts before, with or after OTHER."""
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same type')
        mine, theirs = self._sort_key(), other._sort_key()
        return (mine > theirs) - (mine < theirs)

    def overlaps(self, other):
        """True if the two blocks share any address."""
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other or self.broadcast_address in other)

    def _block(self, start, prefixlen):
        return type(self)((start, prefixlen))

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The blocks this one splits into, prefixlen_diff bits longer (or
        of length new_prefix), in address order."""
        if self._prefixlen == self._max_prefixlen:
            yield self      # nothing smaller to split into
            return
        target = self._target_prefixlen(prefixlen_diff, new_prefix, longer=True)
        if target < self._prefixlen:
            raise ValueError('prefix length diff must be > 0')
        if target > self._max_prefixlen:
            raise ValueError(f'prefix length diff {target} is invalid for netblock {self}')
        first, last = self._bounds()
        step = 1 << (self._max_prefixlen - target)
        for start in range(first, last + 1, step):
            yield self._block(start, target)

    def _target_prefixlen(self, prefixlen_diff, new_prefix, longer):
        """The prefix length subnets() (LONGER) or supernet() moves to."""
        if new_prefix is None:
            return self._prefixlen + (prefixlen_diff if longer else -prefixlen_diff)
        if longer and new_prefix < self._prefixlen:
            raise ValueError('new prefix must be longer')
        if not longer and new_prefix > self._prefixlen:
            raise ValueError('new prefix must be shorter')
        if prefixlen_diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        return new_prefix

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The enclosing block prefixlen_diff bits shorter (or of length new_prefix)."""
        if self._prefixlen == 0:
            return self     # already the whole address space
        target = self._target_prefixlen(prefixlen_diff, new_prefix, longer=False)
        if target < 0:
            raise ValueError(f'current prefixlen is {self._prefixlen}, '
                             f'cannot have a prefixlen_diff of {self._prefixlen - target}')
        mask = self._ALL_ONES ^ (self._ALL_ONES >> target)
        return self._block(int(self.network_address) & mask, target)

    def subnet_of(self, other):
        """True if every address of SELF is in OTHER."""
        return _contained(self, other)

    def supernet_of(self, other):
        """True if every address of OTHER is in SELF."""
        return _contained(other, self)

    def address_exclude(self, other):
        """The blocks that cover SELF without OTHER, found by halving SELF
        down to OTHER and yielding the half OTHER is not in each time."""
        _require_same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        target = int(other.network_address)
        width = self._max_prefixlen
        for prefixlen in range(self._prefixlen + 1, other._prefixlen + 1):
            bit = 1 << (width - prefixlen)
            mask = self._ALL_ONES ^ (self._ALL_ONES >> prefixlen)
            yield self._block((target & mask) ^ bit, prefixlen)

    @property
    def is_private(self):
        """True if the whole block lies inside one special-purpose private block."""
        special = _IPv4Special if self._version == 4 else _IPv6Special
        return any(self.network_address in block and self.broadcast_address in block
                   for block in special.private)

    @property
    def is_global(self):
        return not self.is_private

    def _both_ends(self, name):
        return (getattr(self.network_address, name)
                and getattr(self.broadcast_address, name))

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')


def _contained(inner, outer):
    """inner.subnet_of(outer), with CPython's errors for mismatched arguments."""
    try:
        if inner._version != outer._version:
            raise TypeError(f'{inner} and {outer} are not of the same version')
        return (outer.network_address <= inner.network_address
                and outer.broadcast_address >= inner.broadcast_address)
    except AttributeError:
        raise TypeError(f'Unable to test subnet containment '
                        f'between {inner} and {outer}') from None


class IPv4Network(_BaseNetwork):
    """A block of IPv4 addresses, e.g. IPv4Network('192.168.0.0/16')."""

    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _address_class = IPv4Address

    @property
    def is_global(self):
        shared = _IPv4Special.shared
        in_shared = self.network_address in shared and self.broadcast_address in shared
        return not in_shared and not self.is_private


class IPv6Network(_BaseNetwork):
    """A block of IPv6 addresses, e.g. IPv6Network('2001:db8::/32')."""

    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _address_class = IPv6Address

    def hosts(self):
        """Every address but the first (the subnet-router anycast address)."""
        first, last = self._bounds()
        for value in range(first + 1, last + 1):
            yield self._address_class(value)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


# Classes used to parse netmasks for the address classes themselves.
IPv4Address._address_class = IPv4Address
IPv6Address._address_class = IPv6Address


# ---------------------------------------------------------------------------
# Interfaces: an address together with the network it sits in

def _interface_class(address_class, network_class):
    """Build the interface type for one IP version."""

    class Interface(address_class):
        __slots__ = ('network', 'netmask', '_prefixlen')

        def __init__(self, address):
            addr, mask = self._split_addr_prefix(address)
            address_class.__init__(self, addr)
            self.network = network_class((addr, mask), strict=False)
            self.netmask = self.network.netmask
            self._prefixlen = self.network._prefixlen

        @property
        def hostmask(self):
            return self.network.hostmask

        @property
        def ip(self):
            return address_class(self._ip)

        def _plain_address(self):
            return address_class(self._ip)

        def __str__(self):
            return f'{address_class.__str__(self)}/{self._prefixlen}'

        @property
        def with_prefixlen(self):
            return f'{self._plain_address()}/{self._prefixlen}'

        @property
        def with_netmask(self):
            return f'{self._plain_address()}/{self.netmask}'

        @property
        def with_hostmask(self):
            return f'{self._plain_address()}/{self.hostmask}'

        @property
        def exploded(self):
            return f'{self._plain_address().exploded}/{self._prefixlen}'

        def __eq__(self, other):
            # Equal addresses are not enough: the networks must match too,
            # and a plain address (which has none) is never equal.
            same = address_class.__eq__(self, other)
            if same is not True:
                return same
            other_network = getattr(other, 'network', None)
            return other_network is not None and self.network == other_network

        def __lt__(self, other):
            address_less = address_class.__lt__(self, other)
            if address_less is NotImplemented:
                return NotImplemented
            try:
                return (self.network < other.network
                        or self.network == other.network and address_less)
            except AttributeError:
                return False

        def __hash__(self):
            return hash((self._ip, self._prefixlen, int(self.network.network_address)))

        def __reduce__(self):
            return type(self), (str(self),)

    return Interface


class IPv4Interface(_interface_class(IPv4Address, IPv4Network)):
    """An IPv4 address with its network, e.g. IPv4Interface('10.0.0.5/8')."""

    __slots__ = ()


class IPv6Interface(_interface_class(IPv6Address, IPv6Network)):
    """An IPv6 address with its network, e.g. IPv6Interface('2001:db8::5/64')."""

    __slots__ = ()

    # Unlike the other is_* tests, these two also look at the network.
    @property
    def is_unspecified(self):
        return self.network.is_unspecified and self._ip == 0

    @property
    def is_loopback(self):
        return self.network.is_loopback and self._ip == 1


# ---------------------------------------------------------------------------
# Ranges and collapsing

def summarize_address_range(first, last):
    """The fewest networks that together cover the addresses FIRST to LAST."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError(f'{first} and {last} are not of the same version')
    if first > last:
        raise ValueError('last IP address must be greater than first')
    network_class = IPv4Network if first.version == 4 else IPv6Network
    yield from _cover_range(network_class, first._ip, last._ip)


def _cover_range(network_class, start, end):
    """Yield the aligned blocks, largest first, that tile start..end."""
    width = network_class._max_prefixlen
    while start <= end:
        # The block may be no bigger than start's alignment allows and
        # no bigger than what is left of the range.
        size_bits = min(_trailing_zero_bits(start, width),
                        (end - start + 1).bit_length() - 1)
        yield network_class((start, width - size_bits))
        start += 1 << size_bits


def _version_clash(new, previous):
    return TypeError(f'{new} and {previous} are not of the same version')


def collapse_addresses(addresses):
    """An iterator over the fewest networks covering all of ADDRESSES
    (addresses and networks of one IP version), in address order."""
    single, blocks = [], []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            if single and single[-1]._version != item._version:
                raise _version_clash(item, single[-1])
            single.append(item)
        elif item._prefixlen == item._max_prefixlen:
            if single and single[-1]._version != item._version:
                raise _version_clash(item, single[-1])
            single.append(item.network_address)
        else:
            if blocks and blocks[-1]._version != item._version:
                raise _version_clash(item, blocks[-1])
            blocks.append(item)
    spans = [(a._ip, a._ip) for a in single]
    spans += [(int(b.network_address), int(b.broadcast_address)) for b in blocks]
    version = (single or blocks or [None])[0]
    if version is None:
        return iter(())
    network_class = IPv4Network if version._version == 4 else IPv6Network
    return _collapsed(network_class, spans)


def _collapsed(network_class, spans):
    """Merge overlapping and touching spans, then tile each with blocks."""
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + 1:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    for start, end in merged:
        yield from _cover_range(network_class, start, end)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions:
    by version, then address, with a network after its network address."""
    if isinstance(obj, _BaseNetwork):
        return obj._version, obj.network_address, obj.netmask
    if isinstance(obj, _BaseAddress):
        return obj._version, obj
    return NotImplemented


# ---------------------------------------------------------------------------
# The special-purpose blocks (IANA registries) behind the is_* properties

class _IPv4Special:
    private = [IPv4Network(text) for text in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
        '172.16.0.0/12', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
        '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
        '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    shared = IPv4Network('100.64.0.0/10')
    reserved = IPv4Network('240.0.0.0/4')
    multicast = IPv4Network('224.0.0.0/4')
    loopback = IPv4Network('127.0.0.0/8')
    link_local = IPv4Network('169.254.0.0/16')


class _IPv6Special:
    private = [IPv6Network(text) for text in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23',
        '2001:2::/48', '2001:db8::/32', '2001:10::/28', 'fc00::/7',
        'fe80::/10')]
    reserved = [IPv6Network(text) for text in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
        '4000::/3', '6000::/3', '8000::/3', 'a000::/3', 'c000::/3',
        'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9')]
    multicast = IPv6Network('ff00::/8')
    link_local = IPv6Network('fe80::/10')
    site_local = IPv6Network('fec0::/10')
