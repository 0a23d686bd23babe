# urllib.parse in an ordinary script: result objects, rebuilding URLs, forms.
from urllib.parse import (urlparse, urlsplit, urlunsplit, urljoin, urldefrag,
                          quote, unquote, urlencode, parse_qs, parse_qsl,
                          quote_from_bytes, unquote_to_bytes, ParseResult,
                          SplitResult, DefragResult, ParseResultBytes)
import urllib.parse
import urllib

u = urlparse('https://alice:s3cret@Shop.Example.com:8443/cart/items;v=2?id=7&id=9&q=blue+shoes#top')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.username, u.password, u.hostname, u.port)
print(u.geturl())
print(u._fields, type(u).__name__, isinstance(u, tuple), len(u))
print(u._asdict())
v = u._replace(scheme='http', netloc='example.org', fragment='')
print(v.geturl(), v.port)
b = u.encode()
print(type(b).__name__, b.hostname, b.port, b.username)
print(b.decode() == u, isinstance(b, ParseResultBytes))
print(parse_qs(u.query))
print(parse_qsl(u.query, keep_blank_values=True))

s = urlsplit('http://[2001:db8::7]:8080/index.html?x#y')
print(s, s.hostname, s.port)
print(urlunsplit(s._replace(query='a=1')))
print(SplitResult('ftp', 'h', '/f', '', '').geturl())
print(ParseResult('', '', 'p', 'x', 'q', 'f').geturl())

d = urldefrag('http://docs/page.html#section-2')
print(d, d.url, d.fragment, d.geturl(), type(d) is DefragResult)
print(urldefrag(b'/x#y'))

base = 'https://example.com/docs/guide/intro.html'
for link in ['chapter2.html', '../api/', '/about', '//cdn.example.com/lib.js',
             '?page=2', '#faq', 'mailto:me@example.com', './', '../../../x']:
    print(f'{link!r:30} -> {urljoin(base, link)}')

params = {'name': 'Zoë Smith', 'tags': ['a&b', 'c d'], 'page': 3, 'empty': ''}
qs = urlencode(params, doseq=True)
print(qs)
print(urlencode(params))
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(urlencode([('q', 'x/y z')], quote_via=quote))
print(urlencode({'path': '/a b'}, safe='/'))

for text in ['hello world', 'a/b/c', '日本語', 'x=1&y=2', '100% sure', '~user']:
    q = quote(text)
    print(repr(text), q, quote(text, safe=''), urllib.parse.quote_plus(text), unquote(q) == text)
print(quote_from_bytes(b'\x00\xff abc'), unquote_to_bytes('%00%FFabc%zz'))
print(unquote('%E6%97%A5%E6%9C%AC'), unquote('%E6%97'), unquote('%41%42', encoding='ascii'))
print(urllib.parse.unquote_plus('a+b%2Bc'), urllib.parse.unwrap('<URL:http://x/y>'))
print(sorted(urllib.parse.__all__))
print(urllib.parse.uses_netloc[:5], 'https' in urllib.parse.uses_relative)

for bad in ['http://[::1', 'http://h:port/', 'http://h:70000/', 'http://[127.0.0.1]/']:
    try:
        r = urlsplit(bad)
        print(r.port)
    except ValueError as e:
        print('ValueError:', e)
try:
    urljoin('http://a/', b'b')
except TypeError as e:
    print('TypeError:', e)
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError:', e)
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError:', e)
try:
    parse_qsl('a=1&b', strict_parsing=True)
except ValueError as e:
    print('ValueError:', e)
# urlsplit caches by argument in CPython: unhashable arguments are refused there.
for args in [(bytearray(b'http://x'),), ('http://x', '', [])]:
    try:
        urlsplit(*args)
    except TypeError as e:
        print('TypeError:', e)
print(urlparse(bytearray(b'http://x/p')))
