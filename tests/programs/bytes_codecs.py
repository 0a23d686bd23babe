# str.encode / bytes.decode with the utf-8, ascii and latin-1 codecs and error handlers.
s = 'naïve café €5 😀'
u = s.encode()
print(u, len(u), u.decode(), u.decode('utf-8') == s, bytearray(u).decode('utf8'))
print(s.encode('utf-8', 'strict') == u, 'abc'.encode('ASCII'), 'é'.encode('Latin-1'), 'é'.encode('iso-8859-1'))
for handler in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(handler, s.encode('ascii', handler), s.encode('latin-1', errors=handler))
bad = b'ok \xff\xfe end \xe4x \xf0\x9f'
for handler in ['ignore', 'replace', 'backslashreplace']:
    print(handler, repr(bad.decode('utf-8', handler)), repr(bad.decode('ascii', handler)))
print(repr(bad.decode('latin-1')), str(b'\xe9', 'latin-1'), str(b'abc', encoding='ascii'))
print(repr(b'\xed\xa0\x80'.decode('utf-8', 'replace')), repr(b'\xc3'.decode(errors='replace')))
def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: b'\xff'.decode())
attempt(lambda: b'a\xe4b'.decode())
attempt(lambda: b'a\xf0\x9f'.decode())
attempt(lambda: b'\xc3'.decode('utf-8'))
attempt(lambda: b'\xed\xa0\x80'.decode())
attempt(lambda: b'\xf0\x9f\x41'.decode())
attempt(lambda: b'a\x80\x81'.decode('ascii'))
attempt(lambda: 'é'.encode('ascii'))
attempt(lambda: 'aé€b'.encode('ascii'))
attempt(lambda: 'x€'.encode('latin-1'))
attempt(lambda: '😀'.encode('ascii'))
attempt(lambda: 'x'.encode('no-such'))
attempt(lambda: b'x'.decode('no-such'))
attempt(lambda: b'\xff'.decode('utf-8', 'bogus'))
attempt(lambda: b'x'.decode('utf-8', 'bogus'))
attempt(lambda: b'x'.decode(5))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
