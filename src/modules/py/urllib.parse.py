"""Splitting URLs into components, joining them, and percent-encoding
(RFC 3986 with CPython 3.11's urllib.parse results, edge cases included)."""

from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Schemes that use a relative path, a network location, or ;params.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

MAX_CACHE_SIZE = 20

# Leading C0 controls and spaces are stripped (WHATWG); tabs and newlines
# are removed wherever they are.
_C0_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_REMOVED = ('\t', '\r', '\n')


def clear_cache():
    """Nothing is cached: kept for compatibility."""


# -- str / bytes arguments ---------------------------------------------------

def _identity(x):
    return x


def _to_bytes_result(obj):
    return obj.encode('ascii', 'strict')


def _coerce(*args):
    """The arguments as str, and how to turn a str result back into the
    caller's type: bytes arguments are decoded as ASCII."""
    want_str = isinstance(args[0], str)
    for a in args[1:]:
        if a and isinstance(a, str) != want_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_str:
        return args + (_identity,)
    decoded = tuple(a.decode('ascii', 'strict') if a else '' for a in args)
    return decoded + (_to_bytes_result,)


# -- result types -------------------------------------------------------------

class _NetlocMixin:
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        sep = '%' if isinstance(host, str) else b'%'
        host, pct, zone = host.partition(sep)
        return host.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(f"Port could not be cast to integer value as {port!r}")
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        netloc = self.netloc
        at, colon = ('@', ':') if isinstance(netloc, str) else (b'@', b':')
        info, has_info, _ = netloc.rpartition(at)
        if not has_info:
            return None, None
        user, has_pw, pw = info.partition(colon)
        return user, (pw if has_pw else None)

    @property
    def _hostinfo(self):
        netloc = self.netloc
        if isinstance(netloc, str):
            at, lb, rb, colon = '@', '[', ']', ':'
        else:
            at, lb, rb, colon = b'@', b'[', b']', b':'
        hostinfo = netloc.rpartition(at)[2]
        _, has_bracket, rest = hostinfo.partition(lb)
        if has_bracket:
            host, _, after = rest.partition(rb)
            port = after.partition(colon)[2]
        else:
            host, _, port = hostinfo.partition(colon)
        return host, (port or None)


class _StrResult:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded(encoding, errors)

    def _encoded(self, encoding, errors):
        return self._bytes_type(*(x.encode(encoding, errors) for x in self))


class _BytesResult:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._str_type(*(x.decode(encoding, errors) for x in self))


_Defrag = _namedtuple('DefragResult', 'url fragment')
_Split = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_Parse = _namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_Defrag, _StrResult):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_Split, _StrResult, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_Parse, _StrResult, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_Defrag, _BytesResult):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_Split, _BytesResult, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_Parse, _BytesResult, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _s, _b in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._bytes_type = _b
    _b._str_type = _s
del _s, _b


# -- splitting ------------------------------------------------------------------

def _split_netloc(url, start=0):
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if i >= 0 and i < end:
            end = i
    return url[start:end], url[end:]


def _check_netloc(netloc):
    # A netloc that NFKC normalization would turn into one with URL
    # delimiters is refused.
    if not netloc or netloc.isascii():
        return
    import unicodedata
    n = netloc
    for c in '@:#?':
        n = n.replace(c, '')
    normal = unicodedata.normalize('NFKC', n)
    if normal == n:
        return
    for c in '/?#@:':
        if c in normal:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


def _is_ipv4(s):
    parts = s.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p or len(p) > 3 or not all(c in '0123456789' for c in p):
            return False
        if int(p) > 255 or (len(p) > 1 and p[0] == '0'):
            return False
    return True


def _is_ipv6(s):
    addr, pct, scope = s.partition('%')
    if pct and (not scope or '%' in scope):
        return False
    parts = addr.split(':')
    if len(parts) < 3:
        return False
    if '.' in parts[-1]:
        if not _is_ipv4(parts[-1]):
            return False
        parts[-1:] = ['0', '0']
    if len(parts) > 9:
        return False
    skip = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip is not None:
                return False
            skip = i
    if skip is not None:
        hi, lo = skip, len(parts) - skip - 1
        if not parts[0]:
            hi -= 1
            if hi:
                return False
        if not parts[-1]:
            lo -= 1
            if lo:
                return False
        if hi + lo > 7:
            return False
        groups = [p for p in parts if p]
    else:
        if len(parts) != 8:
            return False
        groups = parts
    for g in groups:
        if not g or len(g) > 4:
            return False
        for c in g:
            if c not in '0123456789abcdefABCDEF':
                return False
    return True


def _check_bracketed_host(host):
    if host.startswith('v'):
        body = host[1:]
        hexpart, dot, rest = body.partition('.')
        if (not hexpart or not dot or not rest or '\n' in rest
                or not all(c in '0123456789abcdefABCDEF' for c in hexpart)):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 components: <scheme>://<netloc>/<path>?<query>#<fragment>."""
    # CPython caches the results by argument, so unhashable ones are refused.
    hash((url, scheme, allow_fragments))
    url, scheme, restore = _coerce(url, scheme)
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for c in _REMOVED:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        head = url[:colon]
        if all(c in scheme_chars for c in head):
            scheme = head.lower()
            url = url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc and ']' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    return restore(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>."""
    url, scheme, restore = _coerce(url, scheme)
    s = urlsplit(url, scheme, allow_fragments)
    path, params = s.path, ''
    if s.scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return restore(ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment))


def urlunsplit(components):
    """Combine the 5 parts of urlsplit() back into a URL."""
    scheme, netloc, url, query, fragment, restore = _coerce(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return restore(url)


def urlunparse(components):
    """Combine the 6 parts of urlparse() back into a URL."""
    scheme, netloc, url, params, query, fragment, restore = _coerce(*components)
    if params:
        url = "%s;%s" % (url, params)
    return restore(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against the base URL (RFC 3986 section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    base, url, restore = _coerce(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return restore(url)
    if scheme in uses_netloc:
        if netloc:
            return restore(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path, params = bpath, bparams
        if not query:
            query = bquery
        return restore(urlunparse((scheme, netloc, path, params, query, fragment)))
    base_segments = bpath.split('/')
    if base_segments[-1] != '':
        base_segments.pop()
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_segments + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return restore(urlunparse((scheme, netloc, '/'.join(out) or '/',
                               params, query, fragment)))


def urldefrag(url):
    """Split url into the URL without its fragment, and the fragment."""
    url, restore = _coerce(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return restore(DefragResult(defrag, frag))


def unwrap(url):
    """Transform '<URL:scheme://host/path>' into 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# -- percent-encoding -------------------------------------------------------

_HEX = '0123456789ABCDEFabcdef'
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789_.-~')


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        if (len(piece) >= 2 and chr(piece[0]) in _HEX and chr(piece[1]) in _HEX):
            out.append(int(piece[:2], 16))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Runs of ASCII characters are unquoted and decoded as one; other
    # characters are kept as they are.
    out = []
    start = 0
    n = len(string)
    while start < n:
        end = start
        if string[start] < '\x80':
            while end < n and string[end] < '\x80':
                end += 1
            out.append(unquote_to_bytes(string[start:end]).decode(encoding, errors))
        else:
            while end < n and string[end] >= '\x80':
                end += 1
            out.append(string[start:end])
        start = end
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    keep = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(b) if b in keep else '%{:02X}'.format(b) for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string, keeping letters, digits, '_.-~' and the
    characters of safe."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace spaces with plus signs (for query
    strings in HTML forms)."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as a query string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def enc(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    parts = []
    for k, v in query:
        k = enc(k)
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(k + '=' + enc(v))
            continue
        try:
            len(v)
        except TypeError:
            parts.append(k + '=' + enc(v))
        else:
            for item in v:
                parts.append(k + '=' + enc(item))
    return '&'.join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, restore = _coerce(qs)
    separator, _ = _coerce(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = restore(unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors))
            value = restore(unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors))
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
