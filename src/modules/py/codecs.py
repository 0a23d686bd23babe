"""The codec registry and the classes codecs are built from.

A codec turns text into bytes (encoding) and back (decoding); some, such as
'hex' or 'zlib', turn bytes into bytes.  lookup() finds a codec by name and
returns its CodecInfo: the stateless encode/decode functions, the incremental
encoder and decoder classes, and the stream reader and writer classes.

minipy's own codecs are UTF-8 (also with a signature, 'utf-8-sig'), UTF-16,
UTF-32 (with and without byte order mark), ASCII, Latin-1, 'unicode_escape',
'raw_unicode_escape', 'hex', 'base64', 'zlib' and 'rot13'.  More can be added
with register().  Error handlers other than the ones str.encode() and
bytes.decode() know ('strict', 'ignore', 'replace', 'backslashreplace',
'xmlcharrefreplace') are applied here, by the functions of this module.
"""

import builtins
import sys

__all__ = """
register lookup open EncodedFile BOM BOM_BE BOM_LE BOM32_BE
BOM32_LE BOM64_BE BOM64_LE BOM_UTF8 BOM_UTF16 BOM_UTF16_LE
BOM_UTF16_BE BOM_UTF32 BOM_UTF32_LE BOM_UTF32_BE CodecInfo Codec
IncrementalEncoder IncrementalDecoder StreamReader StreamWriter
StreamReaderWriter StreamRecoder getencoder getdecoder
getincrementalencoder getincrementaldecoder getreader getwriter
encode decode iterencode iterdecode strict_errors ignore_errors
replace_errors xmlcharrefreplace_errors backslashreplace_errors
namereplace_errors register_error lookup_error
""".split()


# Byte order marks.

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM_UTF16, BOM_UTF32 = BOM_UTF16_LE, BOM_UTF32_LE
else:
    BOM_UTF16, BOM_UTF32 = BOM_UTF16_BE, BOM_UTF32_BE
BOM = BOM_UTF16
# The old names.
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# ---------------------------------------------------------------------------
# CodecInfo and the registry

class CodecInfo(tuple):
    """What lookup() returns: a 4-tuple (encode, decode, streamreader,
    streamwriter) that also names the codec and its incremental classes."""
    # False for codecs that do not turn str into bytes (hex, rot13, ...).
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode = encode
        info.decode = decode
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        info.streamwriter = streamwriter
        info.streamreader = streamreader
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} object for encoding "
                f"{self.name} at {id(self):#x}>")


_search_functions = []
_lookup_cache = {}


def register(search_function):
    """Adds a codec search function: it is called with a normalized encoding
    name and returns a CodecInfo, or None when it does not know the name."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Removes a search function added by register(), if it is there."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _lookup_cache.clear()


def _normalize(encoding):
    # Lower-case ASCII letters, digits and dots survive; every run of other
    # characters becomes one '_', and none is left at either end.
    words = []
    word = []
    for ch in encoding:
        if ch.isascii() and (ch.isalnum() or ch == '.'):
            word.append(ch.lower())
        elif word:
            words.append(''.join(word))
            word = []
    if word:
        words.append(''.join(word))
    return '_'.join(words)


def lookup(encoding):
    """The CodecInfo of *encoding*; LookupError when no codec has the name."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not '
                        + type(encoding).__name__)
    key = _normalize(encoding)
    info = _lookup_cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _lookup_cache[key] = info
        return info
    raise LookupError('unknown encoding: ' + encoding)


# ---------------------------------------------------------------------------
# encode() and decode()

# Builtin exception types whose instances carry more than a message: an error
# of one of these types leaves a codec unchanged, as do instances of classes
# with their own constructor and exceptions with extra attributes.
_UNWRAPPABLE = (AttributeError, NameError, OSError, StopIteration,
                StopAsyncIteration, ImportError, SyntaxError, SystemExit,
                MemoryError, UnicodeEncodeError, UnicodeDecodeError,
                UnicodeTranslateError)


def _with_codec_context(exc, action, encoding):
    """A copy of *exc* whose message says which codec failed, or None when
    the exception's type cannot be rebuilt from a message alone."""
    cls = type(exc)
    if isinstance(exc, _UNWRAPPABLE):
        return None
    for klass in cls.__mro__:
        if klass.__module__ == 'builtins':
            break
        if '__init__' in vars(klass) or '__new__' in vars(klass):
            return None
    if len(exc.args) > 1 or (exc.args and not isinstance(exc.args[0], str)):
        return None
    if getattr(exc, '__dict__', None):
        return None
    return cls(f"{action} with '{encoding}' codec failed "
               f"({cls.__name__}: {exc})")


def _run_codec(function, obj, errors, action, encoding):
    failure = wrapped = None
    try:
        result = function(obj, errors)
    except BaseException as exc:
        wrapped = _with_codec_context(exc, action, encoding)
        if wrapped is None:
            raise
        failure = exc
    if wrapped is not None:
        raise wrapped from failure
    return result


def _check_str_argument(function, name, value):
    if not isinstance(value, str):
        raise TypeError(f"{function}() argument '{name}' must be str, not "
                        f"{_type_name(value)}")


def _type_name(value):
    return 'None' if value is None else type(value).__name__


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes *obj* with the codec registered for *encoding*.  Errors are
    handled as *errors* says ('strict' raises ValueError subclasses)."""
    _check_str_argument('encode', 'encoding', encoding)
    _check_str_argument('encode', 'errors', errors)
    encoder = lookup(encoding)[0]
    result = _run_codec(encoder, obj, errors, 'encoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes *obj* with the codec registered for *encoding*.  Errors are
    handled as *errors* says ('strict' raises ValueError subclasses)."""
    _check_str_argument('decode', 'encoding', encoding)
    _check_str_argument('decode', 'errors', errors)
    decoder = lookup(encoding)[1]
    result = _run_codec(decoder, obj, errors, 'decoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


def _text_codec(encoding, alternative):
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError(f"'{encoding}' is not a text encoding; use "
                          f"{alternative} to handle arbitrary codecs")
    return info


def _encode_as_text(text, encoding, errors):
    """str.encode() and bytes(str, encoding) with a codec the interpreter core
    does not implement itself (unicode_escape, ...): the registry's encoder,
    whose result must be bytes."""
    encoder = _text_codec(encoding, 'codecs.encode()').encode
    result = _run_codec(encoder, text, errors, 'encoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    data = result[0]
    if not isinstance(data, bytes):
        raise TypeError(f"'{encoding}' encoder returned "
                        f"'{type(data).__name__}' instead of 'bytes'; use "
                        "codecs.encode() to encode to arbitrary types")
    return data


def _decode_as_text(data, encoding, errors):
    """bytes.decode() and str(bytes, encoding) with a codec the interpreter
    core does not implement itself: the registry's decoder, whose result must
    be a str."""
    decoder = _text_codec(encoding, 'codecs.decode()').decode
    result = _run_codec(decoder, data, errors, 'decoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    text = result[0]
    if not isinstance(text, str):
        raise TypeError(f"'{encoding}' decoder returned "
                        f"'{type(text).__name__}' instead of 'str'; use "
                        "codecs.decode() to decode to arbitrary types")
    return text


# ---------------------------------------------------------------------------
# Error handlers

def _not_handled(exc):
    return TypeError(f"don't know how to handle {type(exc).__name__} in "
                     "error callback")


def strict_errors(exception):
    """Raises the exception it is given."""
    if not isinstance(exception, BaseException):
        raise TypeError('codec must pass exception instance')
    raise exception


def ignore_errors(exception):
    """Drops the text or bytes that could not be converted."""
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError,
                              UnicodeTranslateError)):
        return ('', exception.end)
    raise _not_handled(exception)


def replace_errors(exception):
    """Puts '?' for each character that could not be encoded, and U+FFFD for
    bytes that could not be decoded (for characters not translated)."""
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        return ('\ufffd', exception.end)
    if isinstance(exception, UnicodeTranslateError):
        return ('\ufffd' * (exception.end - exception.start), exception.end)
    raise _not_handled(exception)


def _escaped(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def backslashreplace_errors(exception):
    """Puts a Python backslash escape for each character or byte."""
    if isinstance(exception, UnicodeDecodeError):
        bad = exception.object[exception.start:exception.end]
        return (''.join('\\x%02x' % byte for byte in bad), exception.end)
    if isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        bad = exception.object[exception.start:exception.end]
        return (''.join(_escaped(ord(ch)) for ch in bad), exception.end)
    raise _not_handled(exception)


def xmlcharrefreplace_errors(exception):
    """Puts an XML character reference (&#NNN;) for each character that
    could not be encoded."""
    if isinstance(exception, UnicodeEncodeError):
        bad = exception.object[exception.start:exception.end]
        return (''.join('&#%d;' % ord(ch) for ch in bad), exception.end)
    raise _not_handled(exception)


def namereplace_errors(exception):
    """Puts a \\N{NAME} escape for each character that could not be encoded
    (a backslash escape for characters without a name)."""
    if isinstance(exception, UnicodeEncodeError):
        import unicodedata
        pieces = []
        for ch in exception.object[exception.start:exception.end]:
            name = unicodedata.name(ch, None)
            pieces.append('\\N{%s}' % name if name else _escaped(ord(ch)))
        return (''.join(pieces), exception.end)
    raise _not_handled(exception)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
}

# The handlers str.encode() and bytes.decode() apply themselves.
_NATIVE_ENCODE_ERRORS = frozenset(['strict', 'ignore', 'replace',
                                   'backslashreplace', 'xmlcharrefreplace'])
_NATIVE_DECODE_ERRORS = frozenset(['strict', 'ignore', 'replace',
                                   'backslashreplace'])


def register_error(name, handler):
    """Registers *handler* under *name* for the codecs of this module.  The
    handler receives a UnicodeEncodeError / UnicodeDecodeError and returns
    (replacement, position to go on from)."""
    if not isinstance(name, str):
        raise TypeError('register_error() argument 1 must be str, not '
                        + type(name).__name__)
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    """The error handler registered under *name*."""
    if not isinstance(name, str):
        raise TypeError('lookup_error() argument must be str, not '
                        + type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def _handle_error(errors, exc):
    """Runs the handler for *errors* on *exc*; returns its replacement and
    the (checked) position where converting resumes."""
    decoding = isinstance(exc, UnicodeDecodeError)
    result = lookup_error(errors)(exc)
    allowed = str if decoding else (str, bytes)
    if (not isinstance(result, tuple) or len(result) != 2
            or not isinstance(result[0], allowed)
            or not isinstance(result[1], int)):
        if decoding:
            raise TypeError('decoding error handler must return (str, int) '
                            'tuple')
        raise TypeError('encoding error handler must return (str/bytes, '
                        'int) tuple')
    replacement, position = result
    size = len(exc.object)
    resume = position + size if position < 0 else position
    if not 0 <= resume <= size:
        raise IndexError(f'position {position} from error handler out of '
                         'bounds')
    return replacement, resume


# ---------------------------------------------------------------------------
# Argument checks shared by the codec functions

def _errors_name(function, errors, position=2):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError(f'{function}() argument {position} must be str or '
                        f'None, not {type(errors).__name__}')
    return errors


def _text_argument(function, text):
    if not isinstance(text, str):
        raise TypeError(f'{function}() argument 1 must be str, not '
                        f'{type(text).__name__}')
    return text


def _bytes_argument(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '"
                    f"{type(data).__name__}'")


# ---------------------------------------------------------------------------
# The codecs str.encode / bytes.decode implement, with every error handler

def _encode_text(text, native, errors, label=None):
    """*text* encoded with minipy's codec *native*; handlers str.encode()
    lacks are run here, with UnicodeEncodeErrors naming *label*."""
    if errors in _NATIVE_ENCODE_ERRORS:
        return text.encode(native, errors)
    pieces = []
    pos = 0
    while True:
        try:
            pieces.append(text[pos:].encode(native))
            return b''.join(pieces)
        except UnicodeEncodeError as failure:
            start, end = pos + failure.start, pos + failure.end
            reason = failure.reason
        pieces.append(text[pos:start].encode(native))
        exc = UnicodeEncodeError(label or native, text, start, end, reason)
        replacement, pos = _handle_error(errors, exc)
        if isinstance(replacement, str):
            replacement = _encode_replacement(replacement, native, exc)
        pieces.append(replacement)


def _encode_replacement(replacement, native, exc):
    # A replacement the codec cannot encode either fails as the original
    # character did.
    try:
        return replacement.encode(native)
    except UnicodeEncodeError:
        pass
    raise exc


def _decode_bytes(data, start, stop, native, errors):
    """data[start:stop] decoded with minipy's codec *native*; the positions
    in errors (and handlers' positions) count from the start of *data*."""
    if errors in _NATIVE_DECODE_ERRORS and errors != 'strict':
        return data[start:stop].decode(native, errors)
    pieces = []
    pos = start
    while pos < stop:
        try:
            pieces.append(data[pos:stop].decode(native))
            break
        except UnicodeDecodeError as failure:
            bad_start, bad_end = pos + failure.start, pos + failure.end
            reason = failure.reason
        pieces.append(data[pos:bad_start].decode(native))
        exc = UnicodeDecodeError(native, data, bad_start, bad_end, reason)
        replacement, pos = _handle_error(errors, exc)
        pieces.append(replacement)
    return ''.join(pieces)


def _utf8_pending(data):
    """How many bytes at the end of *data* begin a UTF-8 sequence that more
    input could still complete (0 when the end is not such a beginning)."""
    lead = len(data) - 1
    while lead >= 0 and len(data) - lead <= 3 and 0x80 <= data[lead] < 0xC0:
        lead -= 1
    if lead < 0:
        return 0
    first = data[lead]
    have = len(data) - lead
    if 0xC2 <= first <= 0xDF:
        need = 2
    elif 0xE0 <= first <= 0xEF:
        need = 3
    elif 0xF0 <= first <= 0xF4:
        need = 4
    else:
        return 0
    if have >= need:
        return 0
    if have >= 2 and not _utf8_second_byte_ok(first, data[lead + 1]):
        return 0
    return have


def _utf8_second_byte_ok(first, second):
    # The second bytes that can still lead to a valid character.
    if first == 0xE0:
        return 0xA0 <= second <= 0xBF
    if first == 0xF0:
        return 0x90 <= second <= 0xBF
    if first == 0xF4:
        return 0x80 <= second <= 0x8F
    return True


def _utf16_complete(data, start, big_endian):
    """The end of the whole UTF-16 characters in data[start:]: an odd byte
    and a high surrogate still waiting for its partner are left out."""
    stop = start + ((len(data) - start) & ~1)
    if stop - start >= 2:
        unit = data[stop - 2:stop]
        high = unit[0] if big_endian else unit[1]
        if 0xD8 <= high <= 0xDB:
            stop -= 2
    return stop


def utf_8_encode(text, errors=None, /):
    text = _text_argument('utf_8_encode', text)
    return _encode_text(text, 'utf-8', _errors_name('utf_8_encode', errors)), \
        len(text)


def utf_8_decode(data, errors=None, final=False):
    data = _bytes_argument(data)
    errors = _errors_name('utf_8_decode', errors)
    stop = len(data) if final else len(data) - _utf8_pending(data)
    return _decode_bytes(data, 0, stop, 'utf-8', errors), stop


def ascii_encode(text, errors=None, /):
    text = _text_argument('ascii_encode', text)
    return _encode_text(text, 'ascii', _errors_name('ascii_encode', errors)), \
        len(text)


def ascii_decode(data, errors=None):
    data = _bytes_argument(data)
    errors = _errors_name('ascii_decode', errors)
    return _decode_bytes(data, 0, len(data), 'ascii', errors), len(data)


def latin_1_encode(text, errors=None, /):
    text = _text_argument('latin_1_encode', text)
    return _encode_text(text, 'latin-1',
                        _errors_name('latin_1_encode', errors)), len(text)


def latin_1_decode(data, errors=None):
    data = _bytes_argument(data)
    errors = _errors_name('latin_1_decode', errors)
    return _decode_bytes(data, 0, len(data), 'latin-1', errors), len(data)


def _wide_codec_functions(width, bom_le, bom_be):
    """The encode / decode functions of UTF-16 (width 2) or UTF-32 (4)."""
    prefix = 'utf_%d' % (width * 8)
    native_le = 'utf-%d-le' % (width * 8)
    native_be = 'utf-%d-be' % (width * 8)

    def complete(data, start, big_endian, final):
        if final:
            return len(data)
        if width == 2:
            return _utf16_complete(data, start, big_endian)
        return start + (len(data) - start) // 4 * 4

    def encode_le(text, errors=None, /):
        text = _text_argument(prefix + '_le_encode', text)
        errors = _errors_name(prefix + '_le_encode', errors)
        return _encode_text(text, native_le, errors), len(text)

    def encode_be(text, errors=None, /):
        text = _text_argument(prefix + '_be_encode', text)
        errors = _errors_name(prefix + '_be_encode', errors)
        return _encode_text(text, native_be, errors), len(text)

    def encode_marked(text, errors=None, byteorder=0, /):
        text = _text_argument(prefix + '_encode', text)
        errors = _errors_name(prefix + '_encode', errors)
        if byteorder < 0:
            return _encode_text(text, native_le, errors), len(text)
        if byteorder > 0:
            return _encode_text(text, native_be, errors), len(text)
        # The mark, then the machine's byte order.
        if sys.byteorder == 'little':
            body = _encode_text(text, native_le, errors, prefix.replace('_', '-'))
            return bom_le + body, len(text)
        body = _encode_text(text, native_be, errors, prefix.replace('_', '-'))
        return bom_be + body, len(text)

    def decode_le(data, errors=None, final=False):
        data = _bytes_argument(data)
        errors = _errors_name(prefix + '_le_decode', errors)
        stop = complete(data, 0, False, final)
        return _decode_bytes(data, 0, stop, native_le, errors), stop

    def decode_be(data, errors=None, final=False):
        data = _bytes_argument(data)
        errors = _errors_name(prefix + '_be_decode', errors)
        stop = complete(data, 0, True, final)
        return _decode_bytes(data, 0, stop, native_be, errors), stop

    def decode_detecting(data, errors=None, byteorder=0, final=False):
        data = _bytes_argument(data)
        errors = _errors_name(prefix + '_ex_decode', errors)
        start = 0
        if byteorder == 0:
            if len(data) < width and not final:
                return '', 0, 0
            if data[:width] == bom_le:
                byteorder, start = -1, width
            elif data[:width] == bom_be:
                byteorder, start = 1, width
        big = byteorder > 0 or (byteorder == 0 and sys.byteorder == 'big')
        stop = complete(data, start, big, final)
        native = native_be if big else native_le
        return _decode_bytes(data, start, stop, native, errors), stop, byteorder

    def decode_marked(data, errors=None, final=False):
        text, consumed, _ = decode_detecting(data, errors, 0, final)
        return text, consumed

    functions = {
        '_encode': encode_marked, '_le_encode': encode_le,
        '_be_encode': encode_be, '_decode': decode_marked,
        '_le_decode': decode_le, '_be_decode': decode_be,
        '_ex_decode': decode_detecting,
    }
    for suffix, function in functions.items():
        function.__name__ = function.__qualname__ = prefix + suffix
    return functions


def _install_wide_codec_functions():
    namespace = globals()
    for width, bom_le, bom_be in ((2, BOM_UTF16_LE, BOM_UTF16_BE),
                                  (4, BOM_UTF32_LE, BOM_UTF32_BE)):
        for function in _wide_codec_functions(width, bom_le, bom_be).values():
            namespace[function.__name__] = function


_install_wide_codec_functions()


# ---------------------------------------------------------------------------
# unicode_escape and raw_unicode_escape

_HEX_DIGITS = b'0123456789abcdefABCDEF'
_OCTAL_DIGITS = b'01234567'
_SIMPLE_ESCAPES = {
    ord('\n'): '', ord('\\'): '\\', ord("'"): "'", ord('"'): '"',
    ord('a'): '\a', ord('b'): '\b', ord('f'): '\f', ord('n'): '\n',
    ord('r'): '\r', ord('t'): '\t', ord('v'): '\v',
}


def _escape_for_unicode_escape(ch):
    code = ord(ch)
    if ch == '\\':
        return '\\\\'
    if ch == '\t':
        return '\\t'
    if ch == '\n':
        return '\\n'
    if ch == '\r':
        return '\\r'
    if 0x20 <= code < 0x7F:
        return ch
    return _escaped(code)


def unicode_escape_encode(text, errors=None, /):
    text = _text_argument('unicode_escape_encode', text)
    _errors_name('unicode_escape_encode', errors)
    escaped = ''.join(_escape_for_unicode_escape(ch) for ch in text)
    return escaped.encode('ascii'), len(text)


def raw_unicode_escape_encode(text, errors=None, /):
    text = _text_argument('raw_unicode_escape_encode', text)
    _errors_name('raw_unicode_escape_encode', errors)
    pieces = [ch if ord(ch) < 0x100 else _escaped(ord(ch)) for ch in text]
    return ''.join(pieces).encode('latin-1'), len(text)


class _Incomplete(Exception):
    """An escape that the end of the input cut short."""


class _BadEscape(Exception):
    """An escape that cannot be decoded: the bytes start:end and why."""

    def __init__(self, end, reason):
        Exception.__init__(self, end, reason)
        self.end = end
        self.reason = reason


def _hex_escape(data, pos, digits, what, final):
    """The character of the escape whose hex digits start at *pos*; returns
    (code point, end of escape)."""
    end = pos
    while end < len(data) and end - pos < digits and data[end] in _HEX_DIGITS:
        end += 1
    if end - pos < digits:
        if end == len(data) and not final:
            raise _Incomplete()
        raise _BadEscape(end, f'truncated {what} escape')
    return int(data[pos:end], 16), end


def _named_escape(data, pos, final):
    # \N{NAME}: *pos* is just after the N.
    import unicodedata
    if pos >= len(data):
        if not final:
            raise _Incomplete()
        raise _BadEscape(pos, 'malformed \\N character escape')
    if data[pos] != ord('{'):
        raise _BadEscape(pos, 'malformed \\N character escape')
    close = data.find(b'}', pos + 1)
    if close < 0:
        if not final:
            raise _Incomplete()
        raise _BadEscape(len(data), 'malformed \\N character escape')
    if close == pos + 1:
        raise _BadEscape(close, 'malformed \\N character escape')
    name = data[pos + 1:close].decode('latin-1')
    try:
        ch = unicodedata.lookup(name)
    except KeyError:
        ch = None
    if ch is None or len(ch) != 1:
        raise _BadEscape(close + 1, 'unknown Unicode character name')
    return ord(ch), close + 1


def _one_unicode_escape(data, pos, final, invalid):
    """Decodes the escape whose backslash is at *pos*; returns (text, end).
    A deprecated escape adds its warning text to *invalid*."""
    if pos + 1 >= len(data):
        if not final:
            raise _Incomplete()
        raise _BadEscape(pos + 1, '\\ at end of string')
    kind = data[pos + 1]
    if kind in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[kind], pos + 2
    if kind in _OCTAL_DIGITS:
        end = pos + 1
        while end < len(data) and end - pos <= 3 and data[end] in _OCTAL_DIGITS:
            end += 1
        # Decoded at once, even when more digits could follow.
        code = int(data[pos + 1:end], 8)
        if code > 0o377:
            invalid.append("invalid octal escape sequence '\\%s'"
                           % data[pos + 1:end].decode('ascii'))
        return chr(code), end
    if kind == ord('x'):
        code, end = _hex_escape(data, pos + 2, 2, '\\xXX', final)
    elif kind == ord('u'):
        code, end = _hex_escape(data, pos + 2, 4, '\\uXXXX', final)
    elif kind == ord('U'):
        code, end = _hex_escape(data, pos + 2, 8, '\\UXXXXXXXX', final)
        if code > 0x10FFFF:
            raise _BadEscape(end, 'illegal Unicode character')
    elif kind == ord('N'):
        code, end = _named_escape(data, pos + 2, final)
    else:
        # Not an escape: the backslash stays.
        invalid.append("invalid escape sequence '\\%s'" % chr(kind))
        return '\\' + chr(kind), pos + 2
    return chr(code), end


def _one_raw_escape(data, pos, final, invalid):
    """Decodes \\uXXXX or \\UXXXXXXXX at *pos*; (text, end)."""
    if pos + 1 >= len(data):
        if not final:
            raise _Incomplete()
        return '\\', pos + 1
    kind = data[pos + 1]
    if kind == ord('u'):
        code, end = _hex_escape(data, pos + 2, 4, '\\uXXXX', final)
    elif kind == ord('U'):
        code, end = _hex_escape(data, pos + 2, 8, '\\UXXXXXXXX', final)
        if code > 0x10FFFF:
            raise _BadEscape(end, '\\Uxxxxxxxx out of range')
    else:
        return '\\', pos + 1
    return chr(code), end


def _escape_decode_loop(data, errors, final, label, decode_escape, raw):
    """Shared by the two escape codecs: plain bytes are Latin-1, escapes are
    decoded by *decode_escape*.  Returns (text, bytes consumed)."""
    pieces = []
    invalid = []
    pos = 0
    while pos < len(data):
        backslash = data.find(b'\\', pos)
        if backslash < 0:
            backslash = len(data)
        pieces.append(data[pos:backslash].decode('latin-1'))
        pos = backslash
        if pos >= len(data):
            break
        if raw:
            # Only an odd run of backslashes escapes the letter after it.
            run = pos
            while run < len(data) and data[run] == ord('\\'):
                run += 1
            pairs = (run - pos) // 2 * 2
            pieces.append('\\' * pairs)
            pos += pairs
            if pos == run:
                continue
        try:
            text, pos = decode_escape(data, pos, final, invalid)
        except _Incomplete:
            break
        except _BadEscape as bad:
            exc = UnicodeDecodeError(label, data, pos, bad.end, bad.reason)
            text, pos = _handle_error(errors, exc)
        pieces.append(text)
    if invalid:
        _warn_deprecated_escape(invalid[0])
    return ''.join(pieces), pos


def _code_key(code):
    return (code.co_filename, code.co_firstlineno, code.co_name)


def _warn_deprecated_escape(message):
    # The warning is reported against the code that asked for the decoding:
    # the first caller outside this module, or the incremental decoder or
    # stream reader method it went through.
    import warnings
    stops = {_code_key(BufferedIncrementalDecoder.decode.__code__),
             _code_key(StreamReader._decode_more.__code__)}
    level = 1
    frame = sys._getframe(0)
    while (frame is not None and frame.f_globals is globals()
           and _code_key(frame.f_code) not in stops):
        frame = frame.f_back
        level += 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def _escape_input(data):
    if isinstance(data, str):
        return data.encode('utf-8')
    return _bytes_argument(data)


def unicode_escape_decode(data, errors=None, final=True):
    data = _escape_input(data)
    errors = _errors_name('unicode_escape_decode', errors)
    return _escape_decode_loop(data, errors, final, 'unicodeescape',
                               _one_unicode_escape, raw=False)


def raw_unicode_escape_decode(data, errors=None, final=True):
    data = _escape_input(data)
    errors = _errors_name('raw_unicode_escape_decode', errors)
    return _escape_decode_loop(data, errors, final, 'rawunicodeescape',
                               _one_raw_escape, raw=True)


def escape_encode(data, errors=None):
    """Bytes written as a bytes literal's contents: (escaped, length)."""
    if not isinstance(data, bytes):
        raise TypeError('escape_encode() argument 1 must be bytes, not '
                        + type(data).__name__)
    named = {ord('\\'): '\\\\', ord("'"): "\\'", ord('\t'): '\\t',
             ord('\n'): '\\n', ord('\r'): '\\r'}
    pieces = []
    for byte in data:
        if byte in named:
            pieces.append(named[byte])
        elif 0x20 <= byte < 0x7F:
            pieces.append(chr(byte))
        else:
            pieces.append('\\x%02x' % byte)
    return ''.join(pieces).encode('ascii'), len(data)


def escape_decode(data, errors=None):
    """The bytes a bytes literal's contents stand for: (bytes, length)."""
    data = _escape_input(data)
    out = bytearray()
    invalid = []
    pos = 0
    while pos < len(data):
        byte = data[pos]
        if byte != ord('\\'):
            out.append(byte)
            pos += 1
            continue
        if pos + 1 >= len(data):
            raise ValueError('Trailing \\ in string')
        kind = data[pos + 1]
        if kind in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[kind].encode('latin-1')
            pos += 2
        elif kind in _OCTAL_DIGITS:
            end = pos + 1
            while end < len(data) and end - pos <= 3 \
                    and data[end] in _OCTAL_DIGITS:
                end += 1
            code = int(data[pos + 1:end], 8)
            if code > 0o377 and not invalid:
                invalid.append("invalid octal escape sequence '\\%s'"
                               % data[pos + 1:end].decode('ascii'))
            out.append(code & 0xFF)
            pos = end
        elif kind == ord('x'):
            digits = data[pos + 2:pos + 4]
            if len(digits) < 2 or any(d not in _HEX_DIGITS for d in digits):
                raise ValueError('invalid \\x escape at position %d' % pos)
            out.append(int(digits, 16))
            pos += 4
        else:
            if not invalid:
                invalid.append("invalid escape sequence '\\%s'" % chr(kind))
            out += data[pos:pos + 2]
            pos += 2
    if invalid:
        _warn_deprecated_escape(invalid[0])
    return bytes(out), len(data)


# ---------------------------------------------------------------------------
# Character maps

def make_identity_dict(rng):
    """A dict mapping every number in *rng* to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """The inverse of a decoding map; a target reached from several keys
    maps to None."""
    inverse = {}
    for key, value in decoding_map.items():
        inverse[value] = None if value in inverse else key
    return inverse


def charmap_build(decoding_table):
    """An encoding map for a 256-character decoding table string."""
    return {ord(ch): index for index, ch in enumerate(decoding_table)}


def _charmap_lookup_decode(mapping, byte):
    if isinstance(mapping, str):
        if byte < len(mapping) and mapping[byte] != '\ufffe':
            return mapping[byte]
        return None
    try:
        value = mapping[byte]
    except (LookupError, TypeError):
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value <= 0x10FFFF:
            raise TypeError('character mapping must be in range(0x110000)')
        value = chr(value)
    elif not isinstance(value, str):
        raise TypeError('character mapping must return integer, None or str')
    return None if value == '\ufffe' else value


def charmap_decode(data, errors=None, mapping=None):
    """Decodes bytes through a mapping (a str indexed by byte, or a dict
    from byte to character / code point / None); Latin-1 without one."""
    data = _bytes_argument(data)
    errors = _errors_name('charmap_decode', errors)
    if mapping is None:
        return latin_1_decode(data, errors)
    pieces = []
    pos = 0
    while pos < len(data):
        ch = _charmap_lookup_decode(mapping, data[pos])
        if ch is not None:
            pieces.append(ch)
            pos += 1
            continue
        exc = UnicodeDecodeError('charmap', data, pos, pos + 1,
                                 'character maps to <undefined>')
        replacement, pos = _handle_error(errors, exc)
        pieces.append(replacement)
    return ''.join(pieces), len(data)


def _charmap_lookup_encode(mapping, ch):
    try:
        value = mapping[ord(ch)]
    except (LookupError, TypeError):
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value < 256:
            raise TypeError('character mapping must be in range(256)')
        return bytes([value])
    if isinstance(value, bytes):
        return value
    raise TypeError('character mapping must return integer, bytes or None, '
                    'not ' + type(value).__name__)


def charmap_encode(text, errors=None, mapping=None, /):
    """Encodes text through a mapping from code point to byte / bytes /
    None; Latin-1 without one."""
    text = _text_argument('charmap_encode', text)
    errors = _errors_name('charmap_encode', errors, 2)
    if mapping is None:
        return latin_1_encode(text, errors)
    out = []
    pos = 0
    while pos < len(text):
        encoded = _charmap_lookup_encode(mapping, text[pos])
        if encoded is not None:
            out.append(encoded)
            pos += 1
            continue
        end = pos + 1
        while end < len(text) and _charmap_lookup_encode(mapping, text[end]) \
                is None:
            end += 1
        exc = UnicodeEncodeError('charmap', text, pos, end,
                                 'character maps to <undefined>')
        replacement, pos = _handle_error(errors, exc)
        if isinstance(replacement, str):
            replacement = b''.join(_replacement_through_map(mapping,
                                                            replacement, exc))
        out.append(replacement)
    return b''.join(out), len(text)


def _replacement_through_map(mapping, replacement, exc):
    for ch in replacement:
        encoded = _charmap_lookup_encode(mapping, ch)
        if encoded is None:
            raise exc
        yield encoded


# ---------------------------------------------------------------------------
# The classes codecs are made of

# Everything above stands in for CPython's C module _codecs: its functions are
# listed in objects/exception.rs (CODECS_C_FUNCTIONS), which hides their frames
# from tracebacks as CPython shows none for C code.  What follows is written in
# Python in CPython too.

class Codec:
    """Stateless encoding and decoding.  Both return (output, how much of
    the input was consumed); *errors* names the error handler."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces, remembering what it needs between
    calls; the last piece is passed with final=True."""

    def encode(self, input, final=False):
        """The output for the next piece of *input*."""
        raise NotImplementedError

    def __init__(self, errors='strict'):
        self.buffer = ""
        self.errors = errors

    def getstate(self):
        """The encoder's state, as an int."""
        return 0

    def setstate(self, state):
        """Restores a state getstate() returned."""

    def reset(self):
        """Forgets everything seen so far."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the input it could not encode yet
    (subclasses provide _buffer_encode(input, errors, final))."""

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def _buffer_encode(self, input, errors, final):
        """(output, how much of *input* it used)."""
        raise NotImplementedError

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = ""

    def getstate(self):
        # The text still waiting, or 0 when there is none.
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state if state else ""

    def reset(self):
        super().reset()
        self.buffer = ""


class IncrementalDecoder:
    """Decodes input given in pieces, remembering what it needs between
    calls; the last piece is passed with final=True."""

    def decode(self, input, final=False):
        """The output for the next piece of *input*."""
        raise NotImplementedError

    def __init__(self, errors='strict'):
        self.errors = errors

    def getstate(self):
        """(bytes not decoded yet, an int of other state)."""
        return (b"", 0)

    def setstate(self, state):
        """Restores a state getstate() returned."""

    def reset(self):
        """Forgets everything seen so far."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes it could not decode yet,
    such as the start of a character split between two pieces (subclasses
    provide _buffer_decode(input, errors, final))."""

    def decode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def _buffer_decode(self, input, errors, final):
        """(output, how many bytes of *input* it used)."""
        raise NotImplementedError

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b""

    def getstate(self):
        # The bytes still waiting; subclasses put other state in the int.
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]

    def reset(self):
        super().reset()
        self.buffer = b""


class _StreamWrapper:
    """What readers and writers share: attributes the wrapper lacks come
    from the stream, and leaving a with block closes the stream."""

    def __getattr__(self, name):
        if name == 'stream':
            raise AttributeError(name)
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(Codec):
    """Writes text to a binary stream through the codec's encode()."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Encodes *object* and writes it to the stream."""
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        """Writes the concatenation of the strings in *list*."""
        self.write(''.join(list))

    def reset(self):
        """Drops the codec's state, so that what is written next starts
        afresh (a new byte order mark, for instance)."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    __getattr__ = _StreamWrapper.__getattr__
    __enter__ = _StreamWrapper.__enter__
    __exit__ = _StreamWrapper.__exit__


class StreamReader(Codec):
    """Reads text from a binary stream through the codec's decode()."""

    # The type of what read() returns (bytes for bytes-to-bytes codecs).
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.errors = errors
        self.stream = stream
        self._empty_charbuffer = self.charbuffertype()
        self.reset()

    def _unsplit_lines(self):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
        self.linebuffer = None

    def _decode_more(self, data, firstline):
        # Decodes what it can of *data*; keeps the rest for the next call.
        try:
            text, used = self.decode(data, self.errors)
        except UnicodeDecodeError as exc:
            if not firstline:
                raise
            # readline() may still return the lines before the bad bytes.
            text, used = self.decode(data[:exc.start], self.errors)
            if len(text.splitlines(keepends=True)) <= 1:
                raise
        self.bytebuffer = data[used:]
        self.charbuffer += text

    def read(self, size=-1, chars=-1, firstline=False):
        """Decodes and returns up to *chars* characters (or, when chars is
        negative, as many as one read of *size* bytes gives; everything when
        both are negative).  With *firstline*, decoding errors after the
        first line are left for later calls."""
        self._unsplit_lines()
        wanted = size if chars < 0 else chars
        while wanted < 0 or len(self.charbuffer) < wanted:
            fresh = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + fresh
            if not data:
                break
            self._decode_more(data, firstline)
            if not fresh:
                break
        if wanted < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result = self.charbuffer[:wanted]
            self.charbuffer = self.charbuffer[wanted:]
        return result

    def _pop_cached_line(self, keepends):
        line = self.linebuffer.pop(0)
        if len(self.linebuffer) == 1:
            # One piece left: it may be an unfinished line, so go back to
            # reading through the character buffer.
            self.charbuffer = self.linebuffer[0]
            self.linebuffer = None
        return line if keepends else line.splitlines()[0]

    def _keep_after_first_line(self, rest):
        if len(rest) > 1:
            rest[-1] += self.charbuffer
            self.linebuffer = rest
            self.charbuffer = self._empty_charbuffer
        else:
            self.charbuffer = self._empty_charbuffer.join(rest) \
                + self.charbuffer

    def readline(self, size=None, keepends=True):
        """Reads one line (ended by any of the line boundaries of
        str.splitlines()).  *size*, if given, is passed to read() once."""
        if self.linebuffer:
            return self._pop_cached_line(keepends)
        chunk = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(chunk, firstline=True)
            if data and data[-1:] in ('\r', b'\r'):
                # A '\n' may follow: read it now so that the line ends with
                # the whole '\r\n'.
                data += self.read(size=1, chars=1)
            line += data
            pieces = line.splitlines(keepends=True)
            if pieces and (len(pieces) > 1
                           or pieces[0] != pieces[0].splitlines()[0]):
                self._keep_after_first_line(pieces[1:])
                first = pieces[0]
                return first if keepends else first.splitlines()[0]
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines()[0]
                return line
            if chunk < 8000:
                chunk *= 2

    def readlines(self, sizehint=None, keepends=True):
        """Reads everything left and returns it as a list of lines."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Drops buffered input and the codec's state, as after a seek."""
        # Bytes not decoded yet, characters not returned yet, and the lines
        # readline() already split off (None when there are none; the last
        # one also holds what was in the character buffer).
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    __getattr__ = _StreamWrapper.__getattr__
    __enter__ = _StreamWrapper.__enter__
    __exit__ = _StreamWrapper.__exit__


class StreamReaderWriter:
    """Reads and writes one stream through a reader and a writer."""

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.errors = errors
        self.stream = stream
        self.writer = Writer(stream, errors)
        self.reader = Reader(stream, errors)

    # Writing goes to the writer...

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    # ...reading to the reader.

    def readline(self, size=None):
        return self.reader.readline(size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        # Only a move to the very start makes the writer begin afresh.
        if (offset, whence) == (0, 0):
            self.writer.reset()

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    __getattr__ = _StreamWrapper.__getattr__
    __enter__ = _StreamWrapper.__enter__
    __exit__ = _StreamWrapper.__exit__


class StreamRecoder:
    """Converts between two encodings: what is read from the stream through
    Reader is re-encoded with *encode*; what is written is decoded with
    *decode* and written through Writer."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer,
                 errors='strict'):
        self.errors = errors
        self.stream = stream
        self.encode, self.decode = encode, decode
        self.writer = Writer(stream, errors)
        self.reader = Reader(stream, errors)

    def _recoded(self, text):
        return self.encode(text, self.errors)[0]

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b''.join(list))

    def read(self, size=-1):
        return self._recoded(self.reader.read(size))

    def readline(self, size=None):
        if size is None:
            return self._recoded(self.reader.readline())
        return self._recoded(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._recoded(self.reader.read()).splitlines(keepends=True)

    def __iter__(self):
        return self

    def __next__(self):
        return self._recoded(next(self.reader))

    def seek(self, offset, whence=0):
        # Both sides move the same stream; each forgets its state.
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    __getattr__ = _StreamWrapper.__getattr__
    __enter__ = _StreamWrapper.__enter__
    __exit__ = _StreamWrapper.__exit__


# ---------------------------------------------------------------------------
# Shortcuts

def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Opens a file; with an *encoding*, the file is opened in binary mode
    and wrapped in a StreamReaderWriter of that codec (without one, the
    built-in open() decides)."""
    if encoding is not None and 'b' not in mode:
        mode += 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapper = StreamReaderWriter(file, info.streamreader,
                                     info.streamwriter, errors)
    except BaseException:
        file.close()
        raise
    wrapper.encoding = encoding
    return wrapper


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wraps *file* (whose bytes are in *file_encoding*) so that reading and
    writing deal in bytes of *data_encoding*."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    recoder = StreamRecoder(file, data_info.encode, data_info.decode,
                            file_info.streamreader, file_info.streamwriter,
                            errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def getencoder(encoding):
    """The stateless encode function of *encoding*."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The stateless decode function of *encoding*."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The IncrementalEncoder class of *encoding*."""
    cls = lookup(encoding).incrementalencoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getincrementaldecoder(encoding):
    """The IncrementalDecoder class of *encoding*."""
    cls = lookup(encoding).incrementaldecoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getreader(encoding):
    """The StreamReader class of *encoding*."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of *encoding*."""
    return lookup(encoding).streamwriter


def _incremental_outputs(convert, pieces, nothing):
    # Every non-empty output for *pieces*, then what the final call flushes.
    for piece in pieces:
        output = convert(piece)
        if output:
            yield output
    last = convert(nothing, True)
    if last:
        yield last


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encodes the pieces *iterator* yields with one incremental encoder,
    yielding the non-empty results."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    yield from _incremental_outputs(encoder.encode, iterator, "")


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decodes the pieces *iterator* yields with one incremental decoder,
    yielding the non-empty results."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    yield from _incremental_outputs(decoder.decode, iterator, b"")


# ---------------------------------------------------------------------------
# minipy's codecs: the classes each one is made of

def _named_class(module, name, bases, namespace):
    namespace['__module__'] = 'encodings.' + module
    namespace['__qualname__'] = name
    return type(name, bases, namespace)


def _codec_classes(module, encode, decode, partial_decode=None,
                   result_type=str):
    """The incremental and stream classes of a codec without state.
    *partial_decode(data, errors, final)* -> (output, consumed), when given,
    lets decoders wait for the rest of a split character or escape."""
    def incremental_encode(self, input, final=False):
        return encode(input, self.errors)[0]

    encoder = _named_class(module, 'IncrementalEncoder', (IncrementalEncoder,),
                           {'encode': incremental_encode})
    if partial_decode is None:
        def incremental_decode(self, input, final=False):
            return decode(input, self.errors)[0]

        decoder = _named_class(module, 'IncrementalDecoder',
                               (IncrementalDecoder,),
                               {'decode': incremental_decode})

        def stream_decode(input, errors='strict'):
            return decode(input, errors)
    else:
        decoder = _named_class(module, 'IncrementalDecoder',
                               (BufferedIncrementalDecoder,),
                               {'_buffer_decode': staticmethod(partial_decode)})

        def stream_decode(input, errors='strict'):
            return partial_decode(input, errors, False)
    writer = _named_class(module, 'StreamWriter', (StreamWriter,),
                          {'encode': staticmethod(encode)})
    reader = _named_class(module, 'StreamReader', (StreamReader,),
                          {'decode': staticmethod(stream_decode),
                           'charbuffertype': result_type})
    return encoder, decoder, reader, writer


def _stateless_info(name, module, encode, decode, partial_decode=None,
                    text=True, result_type=str):
    encoder, decoder, reader, writer = _codec_classes(
        module, encode, decode, partial_decode, result_type)
    return CodecInfo(encode, decode, reader, writer, encoder, decoder, name,
                     _is_text_encoding=None if text else False)


def _final_decoder(partial_decode):
    # The stateless decode of a codec whose partial decoder takes `final`.
    def decode(input, errors='strict'):
        return partial_decode(input, errors, True)
    decode.__qualname__ = 'decode'
    return decode


def _utf8_info():
    return _stateless_info('utf-8', 'utf_8', utf_8_encode,
                           _final_decoder(utf_8_decode), utf_8_decode)


def _wide_fixed_info(name, module, encode, decode):
    return _stateless_info(name, module, encode, _final_decoder(decode), decode)


def _escape_info(name, module, encode, decode):
    return _stateless_info(name, module, encode, decode, decode)


def _marked_info(name, module, width):
    """UTF-16 or UTF-32 with a byte order mark: the encoders write the mark
    first; the decoders read it and go on in the order it gives."""
    bits = width * 8
    namespace = globals()
    marked_encode = namespace['utf_%d_encode' % bits]
    detect = namespace['utf_%d_ex_decode' % bits]
    orders = {-1: (namespace['utf_%d_le_encode' % bits],
                   namespace['utf_%d_le_decode' % bits]),
              1: (namespace['utf_%d_be_encode' % bits],
                  namespace['utf_%d_be_decode' % bits])}
    native = -1 if sys.byteorder == 'little' else 1
    no_mark = 'UTF-%d stream does not start with BOM' % bits

    def encode(input, errors='strict'):
        return marked_encode(input, errors)

    def decode(input, errors='strict'):
        text, consumed, _ = detect(input, errors, 0, True)
        return text, consumed

    def first_decode(input, errors, final):
        # Returns (text, consumed, byte order or None when still unknown).
        text, consumed, order = detect(input, errors, 0, final)
        if order == 0:
            if consumed >= 2:
                raise UnicodeError(no_mark)
            return text, consumed, None
        return text, consumed, order

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._marked = False

        def encode(self, input, final=False):
            if self._marked:
                return orders[native][0](input, self.errors)[0]
            self._marked = True
            return marked_encode(input, self.errors)[0]

        def reset(self):
            IncrementalEncoder.reset(self)
            self._marked = False

        def getstate(self):
            # 2 while the mark is still to come.
            return 0 if self._marked else 2

        def setstate(self, state):
            self._marked = not state

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._order = None

        def _buffer_decode(self, input, errors, final):
            if self._order is not None:
                return orders[self._order][1](input, errors, final)
            text, consumed, self._order = first_decode(input, errors, final)
            return text, consumed

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._order = None

        def getstate(self):
            # 2: no mark read yet; 0: the machine's order; 1: the other one.
            if self._order is None:
                flag = 2
            else:
                flag = 0 if self._order == native else 1
            return (self.buffer, flag)

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            flag = state[1]
            if flag == 0:
                self._order = native
            elif flag == 1:
                self._order = -native
            else:
                self._order = None

    class Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self._marked = False

        def reset(self):
            StreamWriter.reset(self)
            self._marked = False

        def encode(self, input, errors='strict'):
            if self._marked:
                return orders[native][0](input, errors)
            self._marked = True
            return marked_encode(input, errors)

    class Reader(StreamReader):
        _order = None

        def reset(self):
            StreamReader.reset(self)
            self._order = None

        def decode(self, input, errors='strict'):
            if self._order is not None:
                return orders[self._order][1](input, errors)
            text, consumed, self._order = first_decode(input, errors, False)
            return text, consumed

    classes = []
    for cls, title in ((Encoder, 'IncrementalEncoder'),
                       (Decoder, 'IncrementalDecoder'),
                       (Reader, 'StreamReader'), (Writer, 'StreamWriter')):
        cls.__name__ = cls.__qualname__ = title
        cls.__module__ = 'encodings.' + module
        classes.append(cls)
    encoder, decoder, reader, writer = classes
    return CodecInfo(encode, decode, reader, writer, encoder, decoder, name)


def _utf8_sig_info():
    """UTF-8 that writes a signature (the encoded BOM) first and skips one at
    the start of what it reads."""

    def encode(input, errors='strict'):
        return BOM_UTF8 + utf_8_encode(input, errors)[0], len(input)

    def decode(input, errors='strict'):
        skip = 3 if input[:3] == BOM_UTF8 else 0
        text, consumed = utf_8_decode(input[skip:], errors, True)
        return text, consumed + skip

    def first_decode(input, errors, final):
        # Returns (text, consumed, decided): not decided while the input is
        # too short to tell whether it starts with the signature.
        if len(input) < 3 and BOM_UTF8.startswith(input):
            return '', 0, False
        skip = 3 if input[:3] == BOM_UTF8 else 0
        text, consumed = utf_8_decode(input[skip:], errors, final)
        return text, consumed + skip, True

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._signed = False

        def encode(self, input, final=False):
            body = utf_8_encode(input, self.errors)[0]
            if self._signed:
                return body
            self._signed = True
            return BOM_UTF8 + body

        def reset(self):
            IncrementalEncoder.reset(self)
            self._signed = False

        def getstate(self):
            return 0 if self._signed else 1

        def setstate(self, state):
            self._signed = not state

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._decided = False

        def _buffer_decode(self, input, errors, final):
            if self._decided:
                return utf_8_decode(input, errors, final)
            text, consumed, self._decided = first_decode(input, errors, final)
            return text, consumed

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._decided = False

        def getstate(self):
            return (self.buffer, 0 if self._decided else 1)

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            self._decided = not state[1]

    class Writer(StreamWriter):
        _signed = False

        def reset(self):
            StreamWriter.reset(self)
            self._signed = False

        def encode(self, input, errors='strict'):
            if self._signed:
                return utf_8_encode(input, errors)
            self._signed = True
            return encode(input, errors)

    class Reader(StreamReader):
        _decided = False

        def reset(self):
            StreamReader.reset(self)
            self._decided = False

        def decode(self, input, errors='strict'):
            if self._decided:
                return utf_8_decode(input, errors)
            text, consumed, self._decided = first_decode(input, errors, False)
            return text, consumed

    classes = []
    for cls, title in ((Encoder, 'IncrementalEncoder'),
                       (Decoder, 'IncrementalDecoder'),
                       (Reader, 'StreamReader'), (Writer, 'StreamWriter')):
        cls.__name__ = cls.__qualname__ = title
        cls.__module__ = 'encodings.utf_8_sig'
        classes.append(cls)
    encoder, decoder, reader, writer = classes
    return CodecInfo(encode, decode, reader, writer, encoder, decoder,
                     'utf-8-sig')


def _strict_only(errors):
    # The bytes-to-bytes codecs know no error handler but 'strict'.
    assert errors == 'strict'


def _binascii_info(name, module, to_text, from_text):
    def encode(input, errors='strict'):
        _strict_only(errors)
        return to_text(input), len(input)

    def decode(input, errors='strict'):
        _strict_only(errors)
        return from_text(input), len(input)

    return _stateless_info(name, module, encode, decode, text=False,
                           result_type=bytes)


def _hex_info():
    import binascii
    return _binascii_info('hex', 'hex_codec', binascii.hexlify,
                          binascii.unhexlify)


def _base64_info():
    import base64
    return _binascii_info('base64', 'base64_codec', base64.encodebytes,
                          base64.decodebytes)


def _rot13_info():
    table = {}
    for first in ('a', 'A'):
        for i in range(26):
            table[ord(first) + i] = ord(first) + (i + 13) % 26

    def encode(input, errors='strict'):
        return str.translate(input, table), len(input)

    return _stateless_info('rot-13', 'rot_13', encode, encode, text=False)


def _zlib_info():
    """zlib compression; the incremental classes keep one compressor or
    decompressor for the whole stream."""
    import zlib

    def encode(input, errors='strict'):
        _strict_only(errors)
        return zlib.compress(input), len(input)

    def decode(input, errors='strict'):
        _strict_only(errors)
        return zlib.decompress(input), len(input)

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            _strict_only(errors)
            IncrementalEncoder.__init__(self, errors)
            self.compressobj = zlib.compressobj()

        def encode(self, input, final=False):
            output = self.compressobj.compress(input)
            if final:
                output += self.compressobj.flush()
            return output

        def reset(self):
            self.compressobj = zlib.compressobj()

    class Decoder(IncrementalDecoder):
        def __init__(self, errors='strict'):
            _strict_only(errors)
            IncrementalDecoder.__init__(self, errors)
            self.decompressobj = zlib.decompressobj()

        def decode(self, input, final=False):
            output = self.decompressobj.decompress(input)
            if final:
                output += self.decompressobj.flush()
            return output

        def reset(self):
            self.decompressobj = zlib.decompressobj()

    _, _, reader, writer = _codec_classes('zlib_codec', encode, decode,
                                          result_type=bytes)
    for cls, title in ((Encoder, 'IncrementalEncoder'),
                       (Decoder, 'IncrementalDecoder')):
        cls.__name__ = cls.__qualname__ = title
        cls.__module__ = 'encodings.zlib_codec'
    return CodecInfo(encode, decode, reader, writer, Encoder, Decoder, 'zlib',
                     _is_text_encoding=False)


# Module name -> function building its CodecInfo (built on first use).
_CODEC_BUILDERS = {
    'utf_8': _utf8_info,
    'utf_8_sig': _utf8_sig_info,
    'ascii': lambda: _stateless_info('ascii', 'ascii', ascii_encode,
                                     ascii_decode),
    'latin_1': lambda: _stateless_info('iso8859-1', 'latin_1', latin_1_encode,
                                       latin_1_decode),
    'utf_16': lambda: _marked_info('utf-16', 'utf_16', 2),
    'utf_16_le': lambda: _wide_fixed_info('utf-16-le', 'utf_16_le',
                                          utf_16_le_encode, utf_16_le_decode),
    'utf_16_be': lambda: _wide_fixed_info('utf-16-be', 'utf_16_be',
                                          utf_16_be_encode, utf_16_be_decode),
    'utf_32': lambda: _marked_info('utf-32', 'utf_32', 4),
    'utf_32_le': lambda: _wide_fixed_info('utf-32-le', 'utf_32_le',
                                          utf_32_le_encode, utf_32_le_decode),
    'utf_32_be': lambda: _wide_fixed_info('utf-32-be', 'utf_32_be',
                                          utf_32_be_encode, utf_32_be_decode),
    'unicode_escape': lambda: _escape_info(
        'unicode-escape', 'unicode_escape', unicode_escape_encode,
        unicode_escape_decode),
    'raw_unicode_escape': lambda: _escape_info(
        'raw-unicode-escape', 'raw_unicode_escape', raw_unicode_escape_encode,
        raw_unicode_escape_decode),
    'hex_codec': _hex_info,
    'base64_codec': _base64_info,
    'rot_13': _rot13_info,
    'zlib_codec': _zlib_info,
}

# Other names of minipy's codecs (normalized as lookup() normalizes them).
_ALIASES = {}
for _module, _names in {
    'ascii': '646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii '
             'ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii',
    'base64_codec': 'base64 base_64',
    'hex_codec': 'hex',
    'latin_1': '8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 '
               'iso_8859_1_1987 iso_ir_100 l1 latin latin1',
    'rot_13': 'rot13',
    'utf_16': 'u16 utf16',
    'utf_16_be': 'unicodebigunmarked utf_16be',
    'utf_16_le': 'unicodelittleunmarked utf_16le',
    'utf_32': 'u32 utf32',
    'utf_32_be': 'utf_32be',
    'utf_32_le': 'utf_32le',
    'utf_8': 'u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001',
    'zlib_codec': 'zip zlib',
}.items():
    for _name in _names.split():
        _ALIASES[_name] = _module
del _module, _names, _name


def _charmap_info(name):
    """A single-byte codec (cp437, koi8_r, iso8859_15, ...) from its decoding table."""
    import _charmap_tables
    module = _charmap_tables.ALIASES.get(name, name)
    entry = _charmap_tables.TABLES.get(module)
    if entry is None:
        return None
    codec_name, decoding_table = entry
    encoding_map = charmap_build(decoding_table)

    def encode(input, errors='strict'):
        return charmap_encode(input, errors, encoding_map)

    def decode(input, errors='strict'):
        return charmap_decode(input, errors, decoding_table)

    return _stateless_info(codec_name, module, encode, decode)


def _search_minipy_codecs(name):
    module = _ALIASES.get(name, name)
    builder = _CODEC_BUILDERS.get(module)
    if builder is not None:
        return builder()
    return _charmap_info(name)


register(_search_minipy_codecs)
