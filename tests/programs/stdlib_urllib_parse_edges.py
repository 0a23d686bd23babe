# urllib.parse: splitting, joining, quoting and query strings, edge cases included.
import urllib.parse as M
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, quote, quote_plus, unquote, unquote_plus,
                          urlencode, parse_qs, parse_qsl, ParseResult, SplitResult)

def run(mod, fn, *a, **k):
    try:
        r = getattr(mod, fn)(*a, **k)
        extra = ''
        if hasattr(r, 'netloc'):
            out = []
            for attr in ('username','password','hostname','port'):
                try: out.append(repr(getattr(r, attr)))
                except Exception as e: out.append(type(e).__name__+str(e))
            extra = ' '.join(out) + ' ' + repr(r.geturl())
        return repr(r) + extra
    except Exception as e:
        return 'EXC %s: %s' % (type(e).__name__, e)
urls = ['http://user:pw@Example.COM:8080/p/a/t/h;params?query=1&b=2#frag',
 'https://[::1]:443/x', 'http://[fe80::1%25eth0]/', 'http://[v1.fe]/', 'http://[1.2.3.4]/', 'http://[::ffff:1.2.3.4]/',
 'http://[bad]/', 'http://[::1/', 'http://::1]/', 'mailto:joe@x.com', 'path:80', 'localhost:80', '//host/path', '/only/path',
 'file:///etc/passwd', 'HTTP://X.com', 'http://a.com:abc/', 'http://a.com:99999/', 'http://a.com:/', ' \x01 http://a.com/\tx\ny',
 'http://a.com#frag?notq', 'a;b;c', 'http://a/b;c/d;e', '', 'x:', '1http://a', 'http://@host', 'http://u@/', 'svn+ssh://h/r',
 'http://\u2100/', 'http://münchen.de/', 'http://[1:2:3:4:5:6:7:8]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[1::2::3]/',
 'http://[::]/', 'http://[1:2:3:4:5:6:7::]/', 'http://[::1%]/', 'http://[:1]/','http://[1:]/', 'http://[vz.x]/', 'http://u:p:q@h:1:2/',
 'tel:+1-800;ext=1', 'http://a/b?c?d#e#f', 'data:text/plain,hi', 'git+ssh://git@github.com/x.git', 'http:path', 'http:/path', 'http:///p']
for u in urls:
    for fn in ('urlsplit', 'urlparse', 'urldefrag'):
        for af in (True, False):
            if fn == 'urldefrag' and not af: continue
            args = (u,) if fn == 'urldefrag' else (u, '', af)
            print(run(M, fn, *args))
            ab = tuple(x.encode('utf-8') if isinstance(x, str) else x for x in args)
            print(run(M, fn, *ab))
parts = [('http','h','/p','q','f'), ('http','','p','',''), ('','','//x','',''), ('mailto','','a@b','',''), ('file','','/x','',''),('ftp','h','x','a','b'),('', 'h', '', '', ''),('http','','','',''), ('x','','//y','','')]
for p in parts:
    for fn, q in (('urlunsplit', p), ('urlunparse', p[:3] + ('pp',) + p[3:])):
        print(run(M, fn, q))
bases = ['http://a/b/c/d;p?q', 'http://a/b/', 'http://a', 'file:///x/y', 'mailto:x@y', 'http://a/b/c/d;p?q#f', '', 'svn://h/a/b']
rels = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g#s/../x', 'http:g', 'https:g', 'http://b/c/../d', 'a//b', '//', 'g/', '../.', '.././..']
for base in bases:
    for rel in rels:
        for af in (True, False):
            print(run(M, 'urljoin', base, rel, af))
            print(run(M, 'urljoin', base.encode(), rel.encode(), af))
strs = ['', 'abc', 'a b', 'a+b', 'é/ü', '~_.-', '/a/b c?d=e&f#g', '%', '%4', '%41', '%4g', '%%41', 'a%C3%A9b', '%C3', 'é%C3%A9', '%E2%82', 'x%ZZy', '100%', b'a b\xff', b'', b'%41%', '\x00\x7f', '日本']
for s in strs:
    for fn in ('quote', 'quote_plus', 'unquote', 'unquote_plus', 'unquote_to_bytes'):
        for kw in ({}, {'safe': ''}, {'safe': '/ '}, {'encoding': 'latin-1'}, {'safe': b'&/'}, {'errors': 'strict'}):
            if fn.startswith('unquote') and 'safe' in kw: continue
            if fn == 'unquote_to_bytes' and kw: continue
            print(run(M, fn, s, **kw))
    if isinstance(s, bytes):
        print(run(M, 'quote_from_bytes', s))
for q in [{'a': 1, 'b': 'x y', 'c': ['1', '2']}, [('a', 'b'), ('c', (1, 2))], {'k': b'\xff v', b'k2': 'é'}, 'abc', [], [1], {'a': None}, {'x': [b'a', 3, 'é']}, [('a', 5)], {'a': {'x':1}}]:
    for d in (False, True):
        for kw in ({}, {'safe': '/'}, {'quote_via': M.quote}, {'encoding': 'latin-1'}):
            print(run(M, 'urlencode', q, d, **kw))
for qs in ['a=1&b=2&a=3', 'a=&b', 'a', '&&a=1&', 'a=1;b=2', 'x+y=%20z+', 'a=%C3%A9&b=%ff', '=v', 'a==b', '', b'a=1&b=%41', b'a=%C3%A9']:
    for kw in ({}, {'keep_blank_values': True}, {'strict_parsing': True}, {'separator': ';'}, {'max_num_fields': 2}, {'separator': ''}, {'separator': 5}, {'encoding': 'latin-1'}):
        for fn in ('parse_qs', 'parse_qsl'):
            print(run(M, fn, qs, **kw))
print(run(M,'urlsplit','http://a',b''))
print(run(M,'urlsplit','http://a',b'x'))
print('done')
