import base64


def tr(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


samples = [b'', b'a', b'ab', b'abc', b'abcd', b'hello world!', b'\0\0\0\0', b'\0',
           b'    ', b'        x', b'\xff' * 7, bytes(range(0, 256, 17)),
           bytearray(b'bytearray')]
for s in samples:
    b85 = base64.b85encode(s)
    a85 = base64.a85encode(s)
    print(s, b85, base64.b85encode(s, pad=True))
    print('   ', a85, base64.a85encode(s, foldspaces=True),
          base64.a85encode(s, adobe=True), base64.a85encode(s, pad=True))
    assert base64.b85decode(b85) == s
    assert base64.b85decode(b85.decode()) == s
    assert base64.a85decode(a85) == s
    assert base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s
    assert base64.a85decode(base64.a85encode(s, adobe=True), adobe=True) == s

text = b'Man is distinguished, not only by his reason, but by this singular passion'
for wrapcol, adobe in ((0, False), (20, False), (20, True), (1, True), (7, True)):
    enc = base64.a85encode(text, wrapcol=wrapcol, adobe=adobe)
    print(enc)
    assert base64.a85decode(enc, adobe=adobe) == text

print(base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True))
print(base64.a85decode(b'87cURD]i,"Ebo80~>', adobe=True))
print(base64.a85decode(b'87c UR\nD]i,\t"Ebo80'))
print(base64.a85decode(b'zz!!'), base64.a85decode(b'yy', foldspaces=True))
tr(lambda: base64.a85decode(b'87cUR', adobe=True))
tr(lambda: base64.a85decode(b'8z'))
tr(lambda: base64.a85decode(b'8y', foldspaces=True))
tr(lambda: base64.a85decode(b'y'))
tr(lambda: base64.a85decode(b'abc~'))
tr(lambda: base64.a85decode(b's8W-"'))
tr(lambda: base64.a85decode(b'87 cUR', ignorechars=b''))
tr(lambda: base64.b85decode(b'VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%'))
tr(lambda: base64.b85decode(b'abc"e'))
tr(lambda: base64.b85decode(b'~~~~~'))
tr(lambda: base64.b85decode(b'|NsC1'))
tr(lambda: base64.b85encode('str'))
tr(lambda: base64.a85encode(5))
tr(lambda: base64.b85decode(5))
tr(lambda: base64.a85decode('caf\xe9'))
