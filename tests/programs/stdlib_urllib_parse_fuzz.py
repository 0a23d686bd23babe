# urllib.parse: random URL-like strings through every function, str and bytes.
import random
import urllib.parse as M

ATOMS = ['http', 'https', 'ftp', 'mailto', 'file', 'svn+ssh', 'x', ':', '//', '/', '?', '#', ';', '@',
         '[', ']', '::1', '1.2.3.4', 'v1.a', '%', '%41', '%C3%A9', '%zz', '+', ' ', '\t', '\n', 'é',
         '..', '.', 'a', 'B', '=', '&', '8080', 'user', 'pw', '\x01', 'fe80::1%25x']


def show(function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        return 'EXC %s %s' % (type(e).__name__, e)
    extra = ''
    if hasattr(result, 'netloc'):
        values = []
        for name in ('username', 'password', 'hostname', 'port'):
            try:
                values.append(repr(getattr(result, name)))
            except ValueError as e:
                values.append('ValueError:' + str(e))
        extra = ' ' + ' '.join(values) + ' ' + repr(result.geturl())
    return repr(result) + extra


rnd = random.Random(31)
for trial in range(300):
    u = ''.join(rnd.choice(ATOMS) for _ in range(rnd.randint(0, 10)))
    v = ''.join(rnd.choice(ATOMS) for _ in range(rnd.randint(0, 6)))
    fragments = rnd.random() < 0.7
    print(repr(u), repr(v))
    print(show(M.urlsplit, u, '', fragments), show(M.urlparse, u, 'http', fragments), show(M.urldefrag, u))
    print(show(M.urljoin, u, v, fragments), show(M.urljoin, v, u))
    print(show(M.quote, u), show(M.quote_plus, u, safe=':/'), show(M.unquote, u),
          show(M.unquote_plus, u, 'latin-1'), show(M.unquote_to_bytes, u))
    print(show(M.parse_qsl, u, keep_blank_values=fragments), show(M.parse_qs, v, strict_parsing=fragments))
    if u.isascii():
        b = u.encode('ascii')
        print(show(M.urlsplit, b), show(M.urljoin, b, v.encode('utf-8')))

print(M.urlencode({'a': [1, b'x', 'é'], 'b': b'\xff', b'c': None}, doseq=True))
print(M.SplitResult[str], M.DefragResult('a', 'b').encode(), M.ParseResultBytes(*[b''] * 6).decode())
M.clear_cache()
print(M.unwrap(' <URL: x >'), M.quote('a b', safe=b' '), M.quote_from_bytes(bytearray(b'a/b~'), safe=[47]))
print(M.unquote_to_bytes(bytearray(b'abc')), M.unquote('%41', encoding=None, errors=None))
for call in (lambda: M.unquote_to_bytes(bytearray(b'a%41')), lambda: M.quote('x', encoding=''),
             lambda: M.unquote_to_bytes(None), lambda: M.quote(5), lambda: M.urlunsplit(('http', b'h', '', '', ''))):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
