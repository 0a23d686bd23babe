# codecs: lookup and its name normalization, CodecInfo, encode/decode for the
# text codecs and the bytes-to-bytes ones, the wrapped error messages, the BOM
# constants, register/unregister of search functions and the get* helpers.
import codecs
import re


def clean(text):
    return re.sub(r'0x[0-9a-f]{6,}', '0xADDR', str(text))


def attempt(label, fn):
    try:
        print(label, '->', clean(repr(fn())))
    except Exception as e:
        cause = e.__cause__
        extra = f' (cause {type(cause).__name__}: {cause})' if cause is not None else ''
        print(label, '!', type(e).__name__, clean(e) + extra)


names = ['utf-8', 'UTF8', 'u8', 'utf', 'cp65001', 'utf_8', 'UTF-8-SIG', 'utf8_sig',
         'ascii', 'us-ascii', '646', 'us', 'ANSI_X3.4_1968', 'iso-ir-6', 'cp367',
         'latin-1', 'latin1', 'l1', 'iso8859-1', 'iso-8859-1', '8859', 'cp819', 'latin',
         'iso_ir_100', 'iso_8859_1:1987', 'csISOLatin1', 'IBM819',
         'utf-16', 'u16', 'utf16', 'utf-16le', 'utf_16_le', 'UnicodeLittleUnmarked',
         'UnicodeBigUnmarked', 'utf-16-be', 'utf-32', 'u32', 'utf32', 'utf_32_le', 'utf-32be',
         'hex', 'hex_codec', 'base64', 'base_64', 'base64_codec', 'rot13', 'rot_13', 'rot-13',
         'zlib', 'zip', 'zlib_codec', 'unicode_escape', 'Unicode-Escape',
         'raw_unicode_escape', 'utf 8', '  utf-8 ', 'utf..8', 'utf--8', 'UTF.8', 'utf-8-',
         'u_8', 'nosuch', '']
for name in names:
    attempt('lookup ' + repr(name), lambda: codecs.lookup(name).name)

info = codecs.lookup('utf-8')
print(info is codecs.lookup('UTF-8'), isinstance(info, tuple), len(info))
print(info[0] is info.encode, info[1] is info.decode, info[2] is info.streamreader,
      info[3] is info.streamwriter)
print(info.incrementalencoder, info.incrementaldecoder, info.streamreader, info.streamwriter)
print(clean(repr(info)))
print([codecs.lookup(n)._is_text_encoding for n in ['utf-8', 'hex', 'rot13', 'zlib', 'base64', 'latin-1']])
ci = codecs.CodecInfo(1, 2, 3, 4, 5, 6, 'made')
print(tuple(ci), ci.name, ci.incrementalencoder, ci.incrementaldecoder, ci._is_text_encoding)
print(codecs.CodecInfo(1, 2, name='n', _is_text_encoding=False)._is_text_encoding)

print(codecs.encode('caf\u00e9'), codecs.decode(b'caf\xc3\xa9'))
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'utf-8-sig', 'unicode_escape', 'raw_unicode_escape']:
    text = 'a\u00e9\u20ac\U0001f600\n\\\'"\x00'
    data = codecs.encode(text, enc)
    print(enc, data, codecs.decode(data, enc) == text)
for enc in ['ascii', 'latin-1']:
    print(enc, codecs.encode('ab\xff'[:2 if enc == 'ascii' else 3], enc), codecs.decode(b'ab', enc))
print(codecs.decode(bytearray(b'\xc3\xa9'), 'utf-8'))
print(codecs.lookup('utf-8').encode('\u00e9'), codecs.lookup('utf-8').decode(b'\xc3\xa9'))
print(codecs.lookup('utf-16').encode('a'), codecs.lookup('utf-16').decode(b'\xfe\xff\x00a'))
print(codecs.decode(b'\xff\xfe\xff\xfea\x00', 'utf-16'), codecs.encode(codecs.decode(b'\xff\xfea\x00', 'utf-16-le'), 'unicode_escape'))
print(codecs.decode(b'\xef\xbb\xbfab', 'utf-8-sig'), codecs.decode(b'ab', 'utf-8-sig'))

# Bytes-to-bytes and str-to-str codecs.
print(codecs.encode(b'\x01ab', 'hex'), codecs.decode(b'01ab', 'hex'), codecs.decode('01AB', 'hex'))
print(codecs.encode(b'hello world' * 8, 'base64'))
print(codecs.decode(b'aGVsbG8=\n', 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
packed = codecs.encode(b'abc' * 5, 'zlib')
print(packed, codecs.decode(packed, 'zlib'))

# Errors: the codec's exception, wrapped to name the codec when that is possible.
attempt('dec hex bad', lambda: codecs.decode(b'zz', 'hex'))
attempt('dec hex odd', lambda: codecs.decode(b'abc', 'hex'))
attempt('enc hex str', lambda: codecs.encode('ab', 'hex'))
attempt('hex errors', lambda: codecs.encode(b'a', 'hex', 'ignore'))
attempt('dec b64 bad', lambda: codecs.decode(b'aGVsbG8', 'base64'))
attempt('b64 str', lambda: codecs.decode('YWI=', 'base64'))
attempt('rot13 bytes', lambda: codecs.encode(b'Hello', 'rot13'))
attempt('zlib bad', lambda: codecs.decode(b'abc', 'zlib'))
attempt('enc bytes to utf8', lambda: codecs.encode(b'ab', 'utf-8'))
attempt('dec str utf8', lambda: codecs.decode('ab', 'utf-8'))
attempt('enc int', lambda: codecs.encode(5, 'latin-1'))
attempt('dec int', lambda: codecs.decode(5, 'utf-16'))
attempt('ascii err', lambda: codecs.encode('\u00e9', 'ascii'))
attempt('ascii dec err', lambda: codecs.decode(b'\xe9', 'ascii'))
attempt('latin err', lambda: codecs.encode('\u20ac', 'latin-1'))
attempt('u8 err', lambda: codecs.decode(b'a\xff', 'utf-8'))
attempt('u8 trunc', lambda: codecs.decode(b'a\xe2\x82', 'utf-8'))
attempt('u16 err', lambda: codecs.decode(b'\x00\xd8', 'utf-16-le'))
attempt('u16 err2', lambda: codecs.decode(b'a', 'utf-16'))
attempt('u16 err pos', lambda: codecs.decode(b'\xff\xfea\x00b', 'utf-16'))
attempt('u16 err pos2', lambda: codecs.decode(b'\xff\xfea\x00\x00\xdcb\x00', 'utf-16'))
attempt('u32 err', lambda: codecs.decode(b'\x00\x00\x11\x00', 'utf-32-le'))
attempt('u32 err pos', lambda: codecs.decode(b'\xff\xfe\x00\x00a\x00\x00\x00b', 'utf-32'))
attempt('sig err', lambda: codecs.decode(b'\xef\xbb\xbfa\xff', 'utf-8-sig'))
attempt('sig partial', lambda: codecs.decode(b'\xef\xbb', 'utf-8-sig'))
attempt('bad errors', lambda: codecs.encode('\u00e9', 'ascii', 'nosuch'))
attempt('bad errors unused', lambda: codecs.encode('e', 'ascii', 'nosuch'))
attempt('bad enc', lambda: codecs.encode('e', 'nosuch'))
attempt('enc None', lambda: codecs.encode('a', None))
attempt('dec errors None', lambda: codecs.decode(b'a', 'utf-8', None))
attempt('lookup int', lambda: codecs.lookup(5))

# Search functions.
seen = []


def spy(name):
    seen.append(name)


codecs.register(spy)
for name in ['My Enc-X.Y  Z', '  Lead', 'trail  ', 'a:b@c', 'A--B__C', 'x.y..z', '-x-', 'A1_B2']:
    attempt('lookup', lambda: codecs.lookup(name))
print(seen)


class Shouting(codecs.Codec):
    def encode(self, input, errors='strict'):
        return input.upper().encode('ascii', errors), len(input)

    def decode(self, input, errors='strict'):
        return bytes(input).decode('ascii', errors).lower(), len(input)


def search(name):
    if name == 'shout':
        c = Shouting()
        return codecs.CodecInfo(c.encode, c.decode, name='shout-codec')
    if name == 'bad':
        return 5
    if name == 'tup':
        return (1, 2, 3, 4)
    if name == 'noresult':
        return codecs.CodecInfo(lambda s, e='strict': 'plain', lambda b, e='strict': ('x',), name='nr')


codecs.register(search)
print(codecs.encode('abc', 'Shout'), codecs.decode(b'ABC', 'SHOUT'), codecs.lookup('shout').name)
print(codecs.lookup('shout') is codecs.lookup('shout'))
attempt('bad', lambda: codecs.lookup('bad'))
attempt('tup', lambda: codecs.lookup('tup'))
attempt('noresult enc', lambda: codecs.encode('a', 'noresult'))
attempt('noresult dec', lambda: codecs.decode(b'a', 'noresult'))
attempt('no incremental', lambda: codecs.getincrementalencoder('shout'))
attempt('no incremental', lambda: codecs.getincrementaldecoder('Shout'))
attempt('no reader', lambda: codecs.getreader('shout'))
attempt('register 5', lambda: codecs.register(5))
print(codecs.unregister(search), codecs.unregister(search))
attempt('after unregister', lambda: codecs.lookup('shout'))
codecs.unregister(spy)

# The get* helpers.
print(codecs.getencoder('latin1')('\u00e9'), codecs.getdecoder('ascii')(b'ab'))
print(codecs.getincrementalencoder('utf-8'), codecs.getincrementaldecoder('utf-16'))
print(codecs.getreader('utf-8'), codecs.getwriter('hex'))
attempt('getincenc bad', lambda: codecs.getincrementalencoder('nosuch'))

print(codecs.BOM, codecs.BOM_BE, codecs.BOM_LE, codecs.BOM_UTF8, codecs.BOM_UTF16,
      codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF32, codecs.BOM_UTF32_BE,
      codecs.BOM_UTF32_LE, codecs.BOM32_BE, codecs.BOM32_LE, codecs.BOM64_BE, codecs.BOM64_LE)
print(codecs.__all__)
