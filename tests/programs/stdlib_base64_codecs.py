import base64
import io


def tr(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[250:],
        b'\xfb\xff\xbf', bytearray(b'hello world')]
for d in data:
    e64 = base64.b64encode(d)
    print(e64, base64.standard_b64encode(d), base64.urlsafe_b64encode(d),
          base64.b64encode(d, altchars=b'-_'))
    print(base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d))
    assert base64.b64decode(e64) == d
    assert base64.b64decode(e64.decode()) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d

print(base64.b64decode('+/+/', altchars=b'-_'), base64.b64decode('-_-_', altchars='-_'))
print(base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64decode(b'+/+/'))
print(base64.b64decode(b'Zm9v\nYmFy'), base64.b64decode(b'Zm9vYg==trailing'))
print(base64.b64decode(b'Zm9v YmE='))

for s in (b'Zm9', b'Zm9vY', b'Z', b'Zm9v\nYmFy', b'=Zm9v', b'Zm=9v', b'Zm9vYg==x', b'Zm9vYg=', b'Zm9vYg==', b'Zm9v!'):
    tr(lambda: base64.b64decode(s))
    tr(lambda: base64.b64decode(s, validate=True))

tr(lambda: base64.b64encode('text'))
tr(lambda: base64.b64encode(5))
tr(lambda: base64.b64decode(5))
tr(lambda: base64.b64decode('caf\xe9'))
tr(lambda: base64.b64encode(b'abc', altchars=b'x'))
tr(lambda: base64.b32encode('text'))
tr(lambda: base64.b16encode('text'))
tr(lambda: base64.encodebytes('text'))
tr(lambda: base64.decodebytes(5))

print(base64.b32decode(b'MZXW6YTBOI======'), base64.b32decode('mzxw6ytboi======', casefold=True))
print(base64.b32decode(b'ME======'), base64.b32decode(b'MFRA===='), base64.b32decode(b'MFRGG==='))
print(base64.b32decode(b'MFRGGZA='), base64.b32decode(b'MFRGGZDF'))
print(base64.b32decode(b'0O======', map01=b'L'), base64.b32decode(b'1I======', map01='I'))
for s in (b'MZXW6YT', b'MZXW6YT=', b'M=======', b'MZX=====', b'MZXW6Y==', b'MZXW6Y8=', b'mzxw6ytb', b'========'):
    tr(lambda: base64.b32decode(s))
tr(lambda: base64.b32decode(b'ME======', map01=b'LL'))
print(base64.b32hexdecode(b'CPNMUOJ1E8======'), base64.b32hexdecode('cpnmuoj1', casefold=True))
tr(lambda: base64.b32hexdecode(b'WXYZ===='))

print(base64.b16decode(b'666F6F'), base64.b16decode('666f6f', casefold=True))
for s in (b'666f6f', b'6', b'6G', b'0'):
    tr(lambda: base64.b16decode(s))

long = bytes(range(100))
enc = base64.encodebytes(long)
print(enc)
print(base64.decodebytes(enc) == long, base64.encodebytes(b''))
tr(lambda: base64.decodebytes(b'Zm9'))
out = io.BytesIO()
base64.encode(io.BytesIO(long * 2), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == long * 2)
print(base64.MAXLINESIZE, base64.MAXBINSIZE)

try:
    base64.b64decode('abc')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
