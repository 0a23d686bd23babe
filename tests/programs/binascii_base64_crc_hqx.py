# binascii's base64 pair (the lenient decoder CPython has by default) and crc_hqx.
import base64
import binascii

for data in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:7]):
    enc = binascii.b2a_base64(data)
    print(data, enc, binascii.b2a_base64(data, newline=False), enc == base64.encodebytes(data) or data == b'')
    print(binascii.a2b_base64(enc) == data, binascii.a2b_base64(enc.decode('ascii')) == data)
for text in (b'Zm9v\nYmFy', b'Zm9v YmFy!!', b'Zm8=', b'Zm8=YmFy', b'Zg==', b'Zg=', b'Zm9vYg', b'Zm9vY', b'Z', b'====', b'Zm=9v'):
    try:
        print(text, binascii.a2b_base64(text))
    except binascii.Error as e:
        print(text, 'Error:', e)
for data, start in ((b'123456789', 0xFFFF), (b'123456789', 0), (b'', 7), (b'abc', 0x1FFFF)):
    print(data, hex(binascii.crc_hqx(data, start)))
print(binascii.crc_hqx(b'6789', binascii.crc_hqx(b'12345', 0)) == binascii.crc_hqx(b'123456789', 0))
for bad in (lambda: binascii.a2b_base64('é'), lambda: binascii.crc_hqx('x', 0),
            lambda: binascii.b2a_base64('x')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
