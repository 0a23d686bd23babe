"""Binary-to-text encodings: Base16, Base32 (standard and "extended hex"),
Base64 (standard and URL-safe), Ascii85 and Base85.

Encoders take bytes-like objects and return bytes; decoders also accept ASCII
strings.  minipy's binascii has no base64 codec, so the codecs are written
here in Python; malformed input raises binascii.Error as in CPython.
"""

import struct

try:
    from binascii import Error as _Error
except ImportError:
    class _Error(ValueError):
        """binascii.Error, for a minipy built without binascii."""
    _Error.__module__ = 'binascii'
    _Error.__name__ = _Error.__qualname__ = 'Error'

__all__ = [
    # line-oriented Base64 (RFC 2045)
    'encode', 'decode', 'encodebytes', 'decodebytes',
    # the general codecs
    'b64encode', 'b64decode', 'b32encode', 'b32decode', 'b32hexencode',
    'b32hexdecode', 'b16encode', 'b16decode', 'b85encode', 'b85decode',
    'a85encode', 'a85decode',
    # Base64 alphabets by name
    'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
    'urlsafe_b64decode',
]

# The binary types the codecs accept without conversion.
bytes_types = (bytes, bytearray)


# ---- getting at the bytes ---------------------------------------------------------

def _array_bytes(obj):
    # array.array is the other buffer type minipy has; None for anything else.
    try:
        import array
    except ImportError:
        return None
    if isinstance(obj, array.array):
        return obj.tobytes()
    return None


def _binary_input(data, complaint_prefix=''):
    """The bytes of a bytes-like *data*; otherwise the TypeError CPython's
    buffer-taking functions raise (*complaint_prefix* names the function
    that complains, as 'memoryview: ')."""
    if isinstance(data, bytes_types):
        return bytes(data)
    raw = _array_bytes(data)
    if raw is None:
        raise TypeError("%sa bytes-like object is required, not '%s'"
                        % (complaint_prefix, type(data).__name__))
    return raw


def _bytes_from_decode_data(s):
    """Decoders take bytes-like objects and ASCII-only strings."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters')
    if isinstance(s, bytes_types):
        return s
    raw = _array_bytes(s)
    if raw is None:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % s.__class__.__name__)
    return raw


def _swap(data, old, new):
    return data.translate(bytes.maketrans(old, new))


# ---- Base64 ---------------------------------------------------------------------

_B64_DIGITS = (b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               b'abcdefghijklmnopqrstuvwxyz0123456789+/')
_B64_VALUE = {digit: value for value, digit in enumerate(_B64_DIGITS)}
_PAD = ord('=')


def _encode_base64(data, newline=True):
    """Base64 of *data*: each 3 bytes become 4 digits; a short final group
    is padded with '='."""
    out = bytearray()
    digits = _B64_DIGITS
    for start in range(0, len(data), 3):
        group = data[start:start + 3]
        # Read the group as a 24-bit number, zero-filled on the right.
        bits = int.from_bytes(group + b'\0' * (3 - len(group)), 'big')
        quad = bytes(digits[(bits >> shift) & 63] for shift in (18, 12, 6, 0))
        used = len(group) + 1       # digits carrying data
        out += quad[:used] + b'=' * (4 - used)
    if newline:
        out += b'\n'
    return bytes(out)


class _Base64Decoder(object):
    """Decodes like binascii.a2b_base64. Leniently, characters outside the
    alphabet are skipped and decoding stops at the padding that completes a
    group; *strict* makes each of those an error instead."""

    def __init__(self, strict):
        self.strict = strict
        self.out = bytearray()
        self.held = 0           # digits of the current group seen so far
        self.bits = 0
        self.pads = 0           # '=' seen since the last digit
        self.padding_seen = False

    def fail(self, message):
        raise _Error(message)

    def decode(self, data):
        if self.strict and data[:1] == b'=':
            self.fail('Leading padding not allowed')
        last = len(data) - 1
        for index, char in enumerate(data):
            if char == _PAD:
                if self.padding_ends_group():
                    if self.strict and index < last:
                        self.fail('Excess data after padding')
                    return bytes(self.out)
            elif char in _B64_VALUE:
                if self.strict and self.padding_seen:
                    self.fail('Discontinuous padding not allowed')
                self.take_digit(_B64_VALUE[char])
            elif self.strict:
                self.fail('Only base64 data is allowed')
        return self.finish()

    def padding_ends_group(self):
        self.padding_seen = True
        # Padding counts only once two digits of the group are there.
        if self.held < 2:
            return False
        self.pads += 1
        return self.held + self.pads >= 4

    def take_digit(self, value):
        self.pads = 0
        self.bits = (self.bits << 6) | value
        self.held += 1
        if self.held == 1:
            return
        # Every digit after the first completes one more byte.
        spare = 2 * (4 - self.held)
        self.out.append((self.bits >> spare) & 0xff)
        self.bits &= (1 << spare) - 1
        if self.held == 4:
            self.held = 0

    def finish(self):
        if self.held == 1:
            groups = len(self.out) // 3
            self.fail('Invalid base64-encoded string: number of data '
                      'characters (%d) cannot be 1 more than a multiple of 4'
                      % (groups * 4 + 1))
        if self.held:
            self.fail('Incorrect padding')
        return bytes(self.out)


def _decode_base64(data, strict=False):
    return _Base64Decoder(strict).decode(data)


def b64encode(s, altchars=None):
    """Base64-encode the bytes-like *s*; *altchars*, two bytes, replaces
    '+' and '/'."""
    encoded = _encode_base64(_binary_input(s), newline=False)
    if altchars is None:
        return encoded
    altchars = _binary_input(altchars)
    assert len(altchars) == 2, repr(altchars)
    return _swap(encoded, b'+/', altchars)


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 (bytes or ASCII string). Characters outside the
    alphabet are skipped unless *validate* is true, when they are an error
    (binascii.Error), as is bad padding."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return _decode_base64(s, strict=validate)


def standard_b64encode(s):
    """b64encode() with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """b64decode() with the standard alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' in place of '+' and '/', safe in URLs and
    file names."""
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    """Decode the URL-safe Base64 alphabet (the standard one works too)."""
    return b64decode(_swap(_bytes_from_decode_data(s), b'-_', b'+/'))


# ---- Base32 ---------------------------------------------------------------------

_B32_STANDARD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_EXTENDED_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'

# Bytes in the last 5-byte block -> digits of its 8 that carry data.
_B32_DIGITS_USED = {1: 2, 2: 4, 3: 5, 4: 7}
# Padding lengths a valid encoding can end with.
_B32_VALID_PADDING = (0, 1, 3, 4, 6)


def _encode_base32(alphabet, s):
    data = _binary_input(s, 'memoryview: ')
    out = bytearray()
    for start in range(0, len(data), 5):
        block = data[start:start + 5]
        bits = int.from_bytes(block + b'\0' * (5 - len(block)), 'big')
        digits = bytes(alphabet[(bits >> shift) & 31]
                       for shift in range(35, -1, -5))
        used = _B32_DIGITS_USED.get(len(block), 8)
        out += digits[:used] + b'=' * (8 - used)
    return bytes(out)


def _decode_base32(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise _Error('Incorrect padding')
    if map01 is not None:
        # RFC 4648 allows the digit 0 for the letter O, and 1 for I or L.
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    digits = s.rstrip(b'=')
    padding = len(s) - len(digits)
    values = {digit: value for value, digit in enumerate(alphabet)}
    out = bytearray()
    bits = 0
    for start in range(0, len(digits), 8):
        bits = 0
        for digit in digits[start:start + 8]:
            if digit not in values:
                raise _Error('Non-base32 digit found')
            bits = (bits << 5) | values[digit]
        out += bits.to_bytes(5, 'big')
    if padding not in _B32_VALID_PADDING:
        raise _Error('Incorrect padding')
    if padding and out:
        # The last block was short: keep only the bytes its digits encode.
        bits <<= 5 * padding
        kept = (43 - 5 * padding) // 8
        out[-5:] = bits.to_bytes(5, 'big')[:kept]
    return bytes(out)


def b32encode(s):
    """Base32-encode the bytes-like *s* (RFC 4648 alphabet)."""
    return _encode_base32(_B32_STANDARD, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32. *casefold* accepts lower case; *map01* is the letter
    ('I' or 'L') the digit 1 stands for, and makes 0 stand for 'O'."""
    return _decode_base32(_B32_STANDARD, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the "extended hex" alphabet 0-9A-V."""
    return _encode_base32(_B32_EXTENDED_HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode Base32 in the "extended hex" alphabet."""
    return _decode_base32(_B32_EXTENDED_HEX, s, casefold)


# ---- Base16 ---------------------------------------------------------------------

_HEX_DIGITS = b'0123456789ABCDEF'


def b16encode(s):
    """Upper-case hexadecimal of the bytes-like *s*."""
    return _binary_input(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode upper-case hexadecimal (any case with *casefold*)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(char not in _HEX_DIGITS for char in s):
        raise _Error('Non-base16 digit found')
    if len(s) % 2:
        raise _Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


# ---- Ascii85 and Base85 ---------------------------------------------------------------
#
# Both read the data as big-endian 32-bit words and write each word as five
# base-85 digits; they differ in the digit characters and the shortcuts.

_A85_DIGITS = bytes(range(33, 118))         # '!' to 'u'
_B85_DIGITS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUE = {digit: value for value, digit in enumerate(_B85_DIGITS)}
_A85_START = b'<~'
_A85_END = b'~>'
_WORD = struct.Struct('!I')


def _word_digits(word, digits):
    # Five base-85 digits, most significant first.
    lowest_first = []
    for _ in range(5):
        word, remainder = divmod(word, 85)
        lowest_first.append(digits[remainder])
    return bytes(reversed(lowest_first))


def _encode_85(data, digits, pad=False, fold_zeros=False, fold_spaces=False):
    data = _binary_input(data, 'memoryview: ')
    short = -len(data) % 4
    data += b'\0' * short
    groups = []
    for start in range(0, len(data), 4):
        word = _WORD.unpack(data[start:start + 4])[0]
        if fold_zeros and word == 0:
            groups.append(b'z')
        elif fold_spaces and word == 0x20202020:
            groups.append(b'y')
        else:
            groups.append(_word_digits(word, digits))
    if short and not pad:
        # Drop the digits that only encode the zero fill; a folded 'z' has
        # to be written out first.
        if groups[-1] == b'z':
            groups[-1] = digits[:1] * 5
        groups[-1] = groups[-1][:-short]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode the bytes-like *b*.

    foldspaces writes four spaces as 'y'; wrapcol breaks the output into lines
    of that many characters; pad keeps the fill of a short last word; adobe
    frames the output in '<~' and '~>' as Adobe's format does."""
    text = _encode_85(b, _A85_DIGITS, pad, True, foldspaces)
    if adobe:
        text = _A85_START + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[start:start + width]
                 for start in range(0, len(text), width)]
        # The closing '~>' must fit on the last line.
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_END
    return text


def _pack_word(value, overflow_message):
    try:
        return _WORD.pack(value)
    except struct.error:
        raise ValueError(overflow_message) from None


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85; *foldspaces* and *adobe* as for a85encode(), and the
    bytes in *ignorechars* (white space by default) are skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r'
                             % (_A85_END,))
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    words = []
    pending = []
    # Four extra 'u' (the highest digit) complete a short last group.
    for char in b + b'uuuu':
        if 33 <= char <= 117:
            pending.append(char - 33)
            if len(pending) == 5:
                value = 0
                for digit in pending:
                    value = value * 85 + digit
                words.append(_pack_word(value, 'Ascii85 overflow'))
                pending = []
        elif char == ord('z'):
            if pending:
                raise ValueError('z inside Ascii85 5-tuple')
            words.append(b'\0\0\0\0')
        elif foldspaces and char == ord('y'):
            if pending:
                raise ValueError('y inside Ascii85 5-tuple')
            words.append(b'    ')
        elif char not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % char)
    decoded = b''.join(words)
    surplus = 4 - len(pending)
    return decoded[:-surplus] if surplus else decoded


def b85encode(b, pad=False):
    """Base85-encode the bytes-like *b* (the alphabet of git and Mercurial
    binary diffs); *pad* keeps the fill of a short last word."""
    return _encode_85(b, _B85_DIGITS, pad)


def b85decode(b):
    """Decode Base85."""
    b = _bytes_from_decode_data(b)
    # '~', the highest digit, completes a short last group.
    fill = -len(b) % 5
    b += b'~' * fill
    words = []
    for start in range(0, len(b), 5):
        value = 0
        for offset, char in enumerate(b[start:start + 5]):
            digit = _B85_VALUE.get(char)
            if digit is None:
                raise ValueError('bad base85 character at position %d'
                                 % (start + offset))
            value = value * 85 + digit
        words.append(_pack_word(value, 'base85 overflow in hunk starting '
                                       'at byte %d' % start))
    decoded = b''.join(words)
    return decoded[:-fill] if fill else decoded


# ---- the MIME-style interface: lines of at most 76 characters ------------------------

MAXLINESIZE = 76    # characters of a line, not counting its end
MAXBINSIZE = (MAXLINESIZE // 4) * 3     # the bytes that fill one line


def encode(input, output):
    """Base64-encode the binary file *input* into the binary file *output*,
    one line per 57 bytes."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        # A read may return less than asked for before the end.
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(_encode_base64(_binary_input(chunk)))


def decode(input, output):
    """Decode the Base64 lines of the binary file *input* into *output*."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(_decode_base64(_bytes_from_decode_data(line)))


def _input_type_check(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    raw = _array_bytes(s)
    if raw is None:
        raise TypeError('expected bytes-like object, not %s'
                        % s.__class__.__name__)
    if s.typecode not in 'bB':
        raise TypeError('expected single byte elements, not %r from %s'
                        % (s.typecode, s.__class__.__name__))
    return raw


def encodebytes(s):
    """Base64 in lines of 76 characters, each ending with a newline."""
    data = _input_type_check(s)
    return b''.join(_encode_base64(data[start:start + MAXBINSIZE])
                    for start in range(0, len(data), MAXBINSIZE))


def decodebytes(s):
    """Decode what encodebytes() produces (lines of Base64)."""
    return _decode_base64(_input_type_check(s))
