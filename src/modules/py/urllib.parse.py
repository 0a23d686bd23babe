"""URL handling: splitting a URL into its parts and putting it back
together, resolving relative references, percent-encoding, and query
strings.  str and bytes are both accepted (bytes must be ASCII); results
have the type of the arguments.  Results match CPython 3.11's, including
its handling of malformed input.
"""

import functools
import types
from collections import namedtuple

__all__ = [
    "urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
    "urlencode", "parse_qs", "parse_qsl",
    "quote", "quote_plus", "quote_from_bytes",
    "unquote", "unquote_plus", "unquote_to_bytes",
    "DefragResult", "ParseResult", "SplitResult",
    "DefragResultBytes", "ParseResultBytes", "SplitResultBytes",
]


# ---------------------------------------------------------------------------
# Which schemes allow what.  Public lists, so programs may extend them.

def _schemes(names, with_empty=True):
    return ([''] if with_empty else []) + names.split()


# Relative references can be resolved against these.
uses_relative = _schemes('ftp http gopher nntp imap wais file https shttp mms '
                         'prospero rtsp rtspu sftp svn svn+ssh ws wss')
# These have a //network location.
uses_netloc = _schemes('ftp http gopher nntp telnet imap wais file mms https '
                       'shttp snews prospero rtsp rtspu rsync svn svn+ssh sftp '
                       'nfs git git+ssh ws wss')
# The last path segment of these may carry ;parameters.
uses_params = _schemes('ftp hdl prospero http imap https shttp rtsp rtspu sip '
                       'sips mms sftp tel')
# Kept for compatibility; nothing here consults them.
non_hierarchical = _schemes('gopher hdl mailto news telnet wais imap snews sip sips',
                            with_empty=False)
uses_query = _schemes('http wais imap https shttp mms gopher rtsp rtspu sip sips')
uses_fragment = _schemes('ftp hdl http gopher news nntp wais https shttp snews '
                         'file prospero')

# The characters a scheme name may consist of.
scheme_chars = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789+-.')

MAX_CACHE_SIZE = 20

# Stripped from the start of a URL (the WHATWG URL standard's "C0 control
# or space"); tabs and newlines are removed wherever they are.
_LEADING_JUNK = ''.join(map(chr, range(0x21)))
_REMOVED_ANYWHERE = '\t\r\n'


def clear_cache():
    """Empty the caches of parsed URLs and of quoting tables."""
    urlsplit.cache_clear()
    _quoting_table.cache_clear()


# ---------------------------------------------------------------------------
# str and bytes

def _unchanged(value):
    return value


def _to_ascii_bytes(value):
    return value.encode('ascii', 'strict')


def _coerce_args(*args):
    """args as str (bytes decoded as ASCII; empty values become ''),
    followed by the function that gives a str result the caller's type."""
    want_str = isinstance(args[0], str)
    for arg in args[1:]:
        # An empty value (such as the default scheme='') fits either type.
        if arg and isinstance(arg, str) != want_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_str:
        return args + (_unchanged,)
    return tuple(arg.decode('ascii', 'strict') if arg else '' for arg in args) \
        + (_to_ascii_bytes,)


# ---------------------------------------------------------------------------
# Result types: named tuples with a few extras

class _StrResultMixin:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        """The bytes counterpart of this result."""
        return self._encoded_counterpart(*(part.encode(encoding, errors)
                                           for part in self))


class _BytesResultMixin:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        """The str counterpart of this result."""
        return self._decoded_counterpart(*(part.decode(encoding, errors)
                                           for part in self))


def _netloc_pieces(netloc):
    """(username, password, host, port) of a network location of either
    type; absent pieces are None (an empty port too)."""
    def same_type(text):
        return text if isinstance(netloc, str) else text.encode()

    userinfo, has_userinfo, hostport = netloc.rpartition(same_type('@'))
    username = password = None
    if has_userinfo:
        username, has_password, password = userinfo.partition(same_type(':'))
        if not has_password:
            password = None
    before, bracket, inside = hostport.partition(same_type('['))
    if bracket:
        # '[v6 address]:port': anything between ']' and ':' is ignored.
        host, _, after = inside.partition(same_type(']'))
        port = after.partition(same_type(':'))[2]
    else:
        host, _, port = hostport.partition(same_type(':'))
    return username, password, host, (port or None)


class _NetlocMixin:
    """username, password, hostname and port, read from netloc."""

    __slots__ = ()
    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def username(self):
        return _netloc_pieces(self.netloc)[0]

    @property
    def password(self):
        return _netloc_pieces(self.netloc)[1]

    @property
    def hostname(self):
        """The host, lower-cased (except an IPv6 zone after '%'); None if empty."""
        host = _netloc_pieces(self.netloc)[2]
        if not host:
            return None
        percent = '%' if isinstance(host, str) else b'%'
        address, sign, zone = host.partition(percent)
        return address.lower() + sign + zone

    @property
    def port(self):
        """The port as an int, or None; ValueError when it is not a number
        from 0 to 65535."""
        port = _netloc_pieces(self.netloc)[3]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        number = int(port)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


_DefragTuple = namedtuple('DefragResult', 'url fragment')
_SplitTuple = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseTuple = namedtuple('ParseResult', 'scheme netloc path params query fragment')


def _joined_fragment(url, fragment, hash_sign):
    return url + hash_sign + fragment if fragment else url


class DefragResult(_DefragTuple, _StrResultMixin):
    """urldefrag()'s result: the URL without its fragment, and the fragment."""
    __slots__ = ()

    def geturl(self):
        return _joined_fragment(self.url, self.fragment, '#')


class SplitResult(_SplitTuple, _NetlocMixin, _StrResultMixin):
    """urlsplit()'s result."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseTuple, _NetlocMixin, _StrResultMixin):
    """urlparse()'s result."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragTuple, _BytesResultMixin):
    """urldefrag()'s result for bytes."""
    __slots__ = ()

    def geturl(self):
        return _joined_fragment(self.url, self.fragment, b'#')


class SplitResultBytes(_SplitTuple, _NetlocMixin, _BytesResultMixin):
    """urlsplit()'s result for bytes."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseTuple, _NetlocMixin, _BytesResultMixin):
    """urlparse()'s result for bytes."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _text_type, _bytes_type in ((DefragResult, DefragResultBytes),
                                (SplitResult, SplitResultBytes),
                                (ParseResult, ParseResultBytes)):
    _text_type._encoded_counterpart = _bytes_type
    _bytes_type._decoded_counterpart = _text_type
del _text_type, _bytes_type


# ---------------------------------------------------------------------------
# Checking hosts

_DECIMAL = frozenset('0123456789')
_HEXADECIMAL = frozenset('0123456789abcdefABCDEF')


def _is_ipv4_address(text):
    """Whether text is a dotted-quad IPv4 address (no leading zeros)."""
    octets = text.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not octet or not _DECIMAL.issuperset(octet) or len(octet) > 3:
            return False
        if octet[0] == '0' and octet != '0':
            return False
        if int(octet) > 255:
            return False
    return True


def _is_hextet(text):
    return 0 < len(text) <= 4 and _HEXADECIMAL.issuperset(text)


def _is_ipv6_address(text):
    """Whether text is an IPv6 address, possibly with an embedded IPv4
    tail and a '%zone'."""
    address, percent, zone = text.partition('%')
    if percent and (not zone or '%' in zone):
        return False
    groups = address.split(':')
    if len(groups) < 3:
        return False
    if '.' in groups[-1]:
        if not _is_ipv4_address(groups[-1]):
            return False
        groups[-1:] = ['0', '0']        # the IPv4 part fills two groups
    if len(groups) > 9:
        return False
    inner_gaps = [i for i in range(1, len(groups) - 1) if not groups[i]]
    if len(inner_gaps) > 1:
        return False                    # '::' twice
    if not inner_gaps:
        return len(groups) == 8 and all(_is_hextet(group) for group in groups)
    gap = inner_gaps[0]
    before, after = groups[:gap], groups[gap + 1:]
    # An empty first (last) group is only allowed as part of a leading
    # (trailing) '::'.
    if before and not before[0]:
        if len(before) > 1:
            return False
        before = []
    if after and not after[-1]:
        if len(after) > 1:
            return False
        after = []
    if len(before) + len(after) > 7:
        return False
    return all(_is_hextet(group) for group in before + after)


def _check_bracketed_host(host):
    """Validate what is between '[' and ']' in a network location."""
    if host.startswith('v'):
        # IPvFuture: 'v', hex digits, '.', then anything but a newline.
        version, dot, rest = host[1:].partition('.')
        if not (version and _HEXADECIMAL.issuperset(version) and dot and rest
                and '\n' not in rest):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4_address(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6_address(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _check_netloc(netloc):
    """Refuse a network location that NFKC normalization (as IDNA applies
    it) would turn into one with other delimiters, e.g. '\\u2100' -> 'a/c'."""
    if not netloc or netloc.isascii():
        return
    import unicodedata
    bare = netloc
    for delimiter in '@:#?':
        bare = bare.replace(delimiter, '')
    normalized = unicodedata.normalize('NFKC', bare)
    if normalized == bare:
        return
    if any(delimiter in normalized for delimiter in '/?#@:'):
        raise ValueError("netloc '" + netloc + "' contains invalid characters "
                         "under NFKC normalization")


# ---------------------------------------------------------------------------
# Splitting and joining

def _scheme_end(url):
    """The index of the ':' ending a scheme at the start of url, or -1."""
    colon = url.find(':')
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return -1
    if all(char in scheme_chars for char in url[:colon]):
        return colon
    return -1


def _take_netloc(url):
    """Split url (after its '//') at the first '/', '?' or '#'."""
    end = len(url)
    for delimiter in '/?#':
        found = url.find(delimiter, 2)
        if found >= 0:
            end = min(end, found)
    return url[2:end], url[end:]


def _check_brackets(netloc):
    has_open, has_close = '[' in netloc, ']' in netloc
    if has_open != has_close:
        raise ValueError("Invalid IPv6 URL")
    if has_open:
        _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])


@functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into SplitResult(scheme, netloc, path, query, fragment).
    scheme is the default scheme; with allow_fragments false, '#' is
    part of the path or query."""
    url, scheme, restore = _coerce_args(url, scheme)
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for char in _REMOVED_ANYWHERE:
        url = url.replace(char, '')
        scheme = scheme.replace(char, '')
    colon = _scheme_end(url)
    if colon > 0:
        scheme, url = url[:colon].lower(), url[colon + 1:]
    netloc = query = fragment = ''
    if url.startswith('//'):
        netloc, url = _take_netloc(url)
        _check_brackets(netloc)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    return restore(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(path):
    """Split ';params' off the last segment of path."""
    semicolon = path.find(';', max(path.rfind('/'), 0))
    if semicolon < 0:
        return path, ''
    return path[:semicolon], path[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Like urlsplit(), also splitting ';params' off the path for the
    schemes that have them: ParseResult(scheme, netloc, path, params,
    query, fragment)."""
    url, scheme, restore = _coerce_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return restore(ParseResult(parts.scheme, parts.netloc, path, params,
                               parts.query, parts.fragment))


def urlunsplit(components):
    """The URL made of the five parts urlsplit() returns."""
    scheme, netloc, url, query, fragment, restore = _coerce_args(*components)
    needs_authority = scheme and scheme in uses_netloc and url[:2] != '//'
    if netloc or needs_authority:
        if url and not url.startswith('/'):
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return restore(url)


def urlunparse(components):
    """The URL made of the six parts urlparse() returns."""
    scheme, netloc, url, params, query, fragment, restore = _coerce_args(*components)
    if params:
        url = '%s;%s' % (url, params)
    return restore(urlunsplit((scheme, netloc, url, query, fragment)))


def _merge_paths(base_path, path):
    """Resolve path against base_path: merge, then remove '.' and '..'
    segments (RFC 3986, section 5.2)."""
    if path.startswith('/'):
        segments = path.split('/')
    else:
        base_segments = base_path.split('/')
        if base_segments[-1]:
            base_segments.pop()     # a file name, not a directory
        segments = base_segments + path.split('/')
        # Empty inner segments would double the slashes.
        segments[1:-1] = [segment for segment in segments[1:-1] if segment]
    resolved = []
    for segment in segments:
        if segment == '..':
            if resolved:
                resolved.pop()
        elif segment != '.':
            resolved.append(segment)
    if segments[-1] in ('.', '..'):
        resolved.append('')     # it named a directory
    return '/'.join(resolved) or '/'


def urljoin(base, url, allow_fragments=True):
    """Resolve url against the absolute URL base."""
    if not base:
        return url
    if not url:
        return base
    base, url, restore = _coerce_args(base, url)
    (base_scheme, base_netloc, base_path, base_params, base_query,
     _) = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, base_scheme,
                                                             allow_fragments)
    if scheme != base_scheme or scheme not in uses_relative:
        return restore(url)
    if scheme in uses_netloc:
        if netloc:
            return restore(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = base_netloc
    if not path and not params:
        # Only a query and/or fragment: the base's path (and query) stay.
        return restore(urlunparse((scheme, netloc, base_path, base_params,
                                   query or base_query, fragment)))
    return restore(urlunparse((scheme, netloc, _merge_paths(base_path, path),
                               params, query, fragment)))


def urldefrag(url):
    """DefragResult(url without its fragment, fragment)."""
    url, restore = _coerce_args(url)
    if '#' not in url:
        return restore(DefragResult(url, ''))
    scheme, netloc, path, params, query, fragment = urlparse(url)
    bare = urlunparse((scheme, netloc, path, params, query, ''))
    return restore(DefragResult(bare, fragment))


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


# ---------------------------------------------------------------------------
# Percent-encoding

_HEX_DIGITS = '0123456789ABCDEFabcdef'
# Never encoded: letters, digits and '_.-~' (RFC 3986's unreserved set).
_ALWAYS_SAFE = frozenset(b'abcdefghijklmnopqrstuvwxyz'
                         b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'0123456789_.-~')


_byte_for_escape = None


def _escape_table():
    """{b'4A': b'J', ...} for every pair of hex digits, built when first needed."""
    global _byte_for_escape
    if _byte_for_escape is None:
        _byte_for_escape = {
            (high + low).encode(): bytes([int(high + low, 16)])
            for high in _HEX_DIGITS for low in _HEX_DIGITS}
    return _byte_for_escape


def unquote_to_bytes(string):
    """string with each %XX replaced by the byte it stands for; a str is
    encoded as UTF-8 first.  A '%' without two hex digits stays."""
    if not string:
        string.split       # only strings (of either kind) are welcome
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    table = _escape_table()
    out = [pieces[0]]
    for piece in pieces[1:]:
        byte = table.get(piece[:2])
        if byte is None:
            out += [b'%', piece]
        else:
            out += [byte, piece[2:]]
    return b''.join(out)


def _ascii_runs(text):
    """Split text into alternating runs: non-ASCII, ASCII, non-ASCII, ...
    (starting and ending with a possibly empty non-ASCII run)."""
    if text.isascii():
        return ['', text, '']
    runs = []
    current = []
    in_ascii = False
    for char in text:
        if (char < '\x80') != in_ascii:
            runs.append(''.join(current))
            current = []
            in_ascii = not in_ascii
        current.append(char)
    runs.append(''.join(current))
    if in_ascii:
        runs.append('')
    return runs


def unquote(string, encoding='utf-8', errors='replace'):
    """string with %XX escapes decoded (as encoding, with errors); other
    characters are kept.  bytes are unquoted and then decoded."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    # Escapes only ever stand among ASCII characters; decoding each ASCII
    # run as a whole keeps multi-byte sequences together.
    runs = _ascii_runs(string)
    for index in range(1, len(runs), 2):
        runs[index] = unquote_to_bytes(runs[index]).decode(encoding, errors)
    return ''.join(runs)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() after turning '+' into spaces (form encoding)."""
    return unquote(string.replace('+', ' '), encoding, errors)


@functools.lru_cache
def _quoting_table(safe):
    """For each byte value, its text in a quoted string."""
    keep = _ALWAYS_SAFE.union(safe)
    return tuple(chr(byte) if byte in keep else '%{:02X}'.format(byte)
                 for byte in range(256))


def quote_from_bytes(bs, safe='/'):
    """quote() for bytes."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    table = _quoting_table(_ascii_only(safe))
    return ''.join([table[byte] for byte in bs])


def _ascii_only(safe):
    """The ASCII characters of safe (str or bytes), as bytes."""
    if isinstance(safe, str):
        return safe.encode('ascii', 'ignore')
    return bytes(byte for byte in safe if byte < 128)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string for a URL.  Letters, digits, '_.-~' and the
    characters of safe stay; a str is encoded first (UTF-8 and 'strict'
    unless told otherwise)."""
    if not isinstance(string, str):
        for name, value in (('encoding', encoding), ('errors', errors)):
            if value is not None:
                raise TypeError("quote() doesn't support '%s' for bytes" % name)
        return quote_from_bytes(string, safe)
    if not string:
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'strict' if errors is None else errors
    return quote_from_bytes(string.encode(encoding, errors), safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for HTML form values: spaces become '+'."""
    has_space = ((isinstance(string, str) and ' ' in string)
                 or (isinstance(string, bytes) and b' ' in string))
    if not has_space:
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


# ---------------------------------------------------------------------------
# Query strings

def _query_pairs(query):
    """The (key, value) pairs of a mapping or of a sequence of pairs."""
    if hasattr(query, 'items'):
        return query.items()
    try:
        # A string is a sequence too, but its items are not pairs.
        if len(query) and not isinstance(query[0], tuple):
            raise TypeError
    except TypeError as err:
        raise TypeError("not a valid non-string sequence or mapping object") from err
    return query


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """A 'key=value&...' query string from a mapping or pairs.  With doseq,
    a value that is a sequence (other than str/bytes) gives one pair per
    item.  Items are quoted with quote_via."""
    def encoded(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(str(item), safe, encoding, errors)

    fields = []
    for key, value in _query_pairs(query):
        key = encoded(key)
        if doseq and not isinstance(value, (str, bytes)) and _has_length(value):
            fields.extend(key + '=' + encoded(item) for item in value)
        else:
            fields.append(key + '=' + encoded(value))
    return '&'.join(fields)


def _has_length(value):
    try:
        len(value)
    except TypeError:
        return False
    return True


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """The (name, value) pairs of a query string, unquoted, in order.

    Fields without a value are dropped unless keep_blank_values; with
    strict_parsing a malformed field is a ValueError.  max_num_fields
    limits how many fields are accepted."""
    qs, restore = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        field_count = qs.count(separator) + 1 if qs else 0
        if field_count > max_num_fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else ()):
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((restore(_unquote_field(name, encoding, errors)),
                          restore(_unquote_field(value, encoding, errors))))
    return pairs


def _unquote_field(text, encoding, errors):
    return unquote(text.replace('+', ' '), encoding=encoding, errors=errors)


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """A query string as {name: [values]} (see parse_qsl)."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        result.setdefault(name, []).append(value)
    return result
