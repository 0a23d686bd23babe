# codecs: incremental encoders and decoders fed one byte (or character) at a
# time: UTF-8 characters split across pieces, byte order marks, escapes cut in
# half, getstate/setstate, reset, final=True, and iterencode/iterdecode.
import codecs

SAMPLE = 'a\u00e9\u20ac\U0001f600\n'


def attempt(label, fn):
    try:
        print(label, '->', ascii(fn()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for name in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le',
             'utf-32-be', 'utf-8-sig', 'ascii', 'latin-1', 'unicode_escape',
             'raw_unicode_escape', 'hex', 'base64', 'zlib', 'rot13']:
    print('==', name)
    decoder_class = codecs.getincrementaldecoder(name)
    encoder_class = codecs.getincrementalencoder(name)
    print([c.__name__ for c in decoder_class.__mro__[1:]],
          [c.__name__ for c in encoder_class.__mro__[1:]])
    encoder = encoder_class()
    text = SAMPLE
    if name in ('ascii', 'latin-1', 'rot13'):
        text = 'ab\nc'
    if name in ('hex', 'base64', 'zlib'):
        text = b'ab\x00\xff'
    attempt(' encoder state', encoder.getstate)
    parts = [encoder.encode(text[:2]), encoder.encode(text[2:])]
    attempt(' encoder state', encoder.getstate)
    parts.append(encoder.encode(text[:0], True))
    print(' encoded', parts)
    data = parts[0][:0].join(parts)
    decoder = decoder_class()
    attempt(' decoder state', decoder.getstate)
    pieces = []
    for i in range(len(data)):
        try:
            pieces.append(decoder.decode(data[i:i + 1]))
        except Exception as e:
            pieces.append(type(e).__name__ + ': ' + str(e))
            break
        if i == 1:
            attempt(' decoder state after 2', decoder.getstate)
    attempt(' final', lambda: decoder.decode(data[:0], True))
    print(' decoded', pieces)
    encoder.reset()
    attempt(' after reset', lambda: encoder.encode(text[:1]))
    decoder.reset()
    attempt(' decoder after reset', lambda: decoder.decode(data[:3]))

# A UTF-8 decoder keeps the start of a character and reports it in getstate.
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'ab\xe2\x82')), d.getstate())
state = d.getstate()
print(repr(d.decode(b'\xac')), d.getstate())
d.setstate(state)
print(repr(d.decode(b'\xac!')))
attempt('utf-8 final incomplete', lambda: codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82', True))
attempt('utf-8 not final incomplete', lambda: codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82'))
attempt('utf-8 bad mid', lambda: codecs.getincrementaldecoder('utf-8')().decode(b'a\xffb'))
attempt('utf-8 replace', lambda: codecs.getincrementaldecoder('utf-8')('replace').decode(b'a\xffb\xe2'))
d = codecs.getincrementaldecoder('utf-8')('replace')
print(repr(d.decode(b'x\xf0\x9f')), repr(d.decode(b'', True)))

# Partial sequences that are held back and those that are errors at once.
for data in [b'a\xf0\x9f\x98', b'a\xf0\x8f', b'a\xed\xa0', b'a\xed\x9f', b'\xff\xc3',
             b'a\xe0\x80', b'a\xf4\x90', b'a\xc0', b'a\xc2', b'a\x80', b'a\xf5']:
    attempt('utf_8_decode ' + repr(data), lambda: codecs.utf_8_decode(data, 'strict', False))
for data in [b'a\x00=\xd8\x00', b'a\x00=\xd8', b'\x00\xdc', b'\x00\xd8a\x00', b'a']:
    attempt('utf_16_le_decode ' + repr(data), lambda: codecs.utf_16_le_decode(data, 'strict', False))
attempt('utf_16_be_decode', lambda: codecs.utf_16_be_decode(b'\x00a\xd8=', 'strict', False))
attempt('utf_32_le_decode', lambda: codecs.utf_32_le_decode(b'a\x00\x00\x00b\x00', 'strict', False))
for args in [(b'\xff', 'strict', 0, False), (b'\xfe\xff\x00a', 'strict', 0, False),
             (b'\x00a', 'strict', 1, False), (b'\xff\xfe\x00a', 'strict', 1, True),
             (b'a\x00', 'strict', -1, True), (b'a\x00b', 'strict', 0, False)]:
    attempt('utf_16_ex_decode ' + repr(args), lambda: codecs.utf_16_ex_decode(*args))
attempt('utf_32_ex_decode', lambda: codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'))
attempt('utf_16_decode partial', lambda: codecs.utf_16_decode(b'\xff\xfea', 'strict', False))
attempt('utf_16_decode short', lambda: codecs.utf_16_decode(b'\xff', 'strict', False))
for args in [('a', 'strict', 1), ('a', 'strict', -1), ('a',), ('a', None, 0)]:
    attempt('utf_16_encode ' + repr(args), lambda: codecs.utf_16_encode(*args))
attempt('utf_32_encode', lambda: codecs.utf_32_encode('a', 'strict', 1))

# Byte order marks: the decoders need one, and remember the order.
attempt('u16 no bom', lambda: codecs.getincrementaldecoder('utf-16')().decode(b'a\x00'))
attempt('u16 no bom final', lambda: codecs.getincrementaldecoder('utf-16')().decode(b'a\x00', True))
attempt('u32 no bom', lambda: codecs.getincrementaldecoder('utf-32')().decode(b'a\x00\x00\x00'))
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xfe\xff\x00h')), d.getstate(), ascii(d.decode(b'\x00i\xff\xfe')))
d.setstate((b'', 0))
print(repr(d.decode(b'j\x00')), d.getstate())
d.setstate((b'', 2))
print(repr(d.decode(b'\xfe\xff\x00k')))
e = codecs.getincrementalencoder('utf-16')()
print(e.getstate(), e.encode('a'), e.getstate(), e.encode('b'))
e.setstate(2)
print(e.encode('c'))
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.getstate(), e.encode('a'), e.getstate(), e.encode('b'))
e.setstate(1)
print(e.encode('c'))
d = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(d.decode(b'\xef')), d.getstate(), repr(d.decode(b'\xbb\xbfz')), d.getstate())
d = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(d.decode(b'\xef', True)))
attempt('after final', lambda: d.decode(b'ab'))
d = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(d.decode(b'no bom')), repr(d.decode(b'\xef\xbb\xbf')))

# Escapes cut in half wait for their end unless final.
for data in [b'a\\x4', b'a\\N{EU', b'a\\', b'a\\12', b'a\\u20a', b'a\\U0001f60']:
    attempt('unicode_escape_decode ' + repr(data),
            lambda: codecs.unicode_escape_decode(data, 'strict', False))
attempt('unicode_escape_decode final', lambda: codecs.unicode_escape_decode(b'a\\x4'))
for data in [b'a\\u12', b'a\\', b'a\\\\', b'a\\\\\\', b'a\\U0001']:
    attempt('raw_unicode_escape_decode ' + repr(data),
            lambda: codecs.raw_unicode_escape_decode(data, 'strict', False))

# iterencode / iterdecode
print(list(codecs.iterencode(['a', '\u00e9', '', 'b'], 'utf-16')))
print(list(codecs.iterdecode([b'a', b'\xc3', b'\xa9', b'', b'\xe2\x82', b'\xac'], 'utf-8')))
print(list(codecs.iterdecode(iter([b'\xe2\x82']), 'utf-8', 'replace')))
attempt('iterdecode incomplete', lambda: list(codecs.iterdecode([b'\xe2\x82'], 'utf-8')))
print(list(codecs.iterencode(['x', 'y'], 'rot13')))
attempt('iterencode zlib', lambda: list(codecs.iterencode([b'abc'] * 3, 'zlib')))

# The base classes.
for cls in [codecs.IncrementalEncoder, codecs.IncrementalDecoder]:
    obj = cls()
    attempt(cls.__name__, lambda: obj.encode('x') if hasattr(obj, 'encode') else obj.decode(b'x'))
    print(obj.errors, obj.getstate(), obj.reset(), obj.setstate(obj.getstate()))
attempt('Codec.encode', lambda: codecs.Codec().encode('x'))
attempt('Codec.decode', lambda: codecs.Codec().decode(b'x'))


class Upper(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        # Only whole words; the rest waits.
        cut = len(input) if final else input.rfind(' ') + 1
        return input[:cut].upper().encode(), cut


u = Upper()
print(u.encode('hello wo'), u.getstate(), u.encode('rld and'), u.encode(' more', True), u.getstate())
u.setstate('left ')
print(u.encode('over'), u.buffer)


class Chunks(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        cut = len(input) if final else len(input) // 2 * 2
        return input[:cut].decode('ascii', errors)[::-1], cut


c = Chunks()
print(c.decode(b'abc'), c.getstate(), c.decode(b'de'), c.decode(b'f', True), c.getstate())
c.setstate((b'xy', 0))
print(c.decode(b'z', True))
