# codecs: the built-in error handler functions, register_error/lookup_error,
# custom handlers run by codecs.encode/decode (positions, replacements, going
# back, errors in the handler), and the escape codecs' errors.
import codecs


def attempt(label, fn):
    try:
        print(label, '->', ascii(fn()))
    except Exception as e:
        cause = e.__cause__
        extra = f' (cause {type(cause).__name__})' if cause is not None else ''
        print(label, '!', type(e).__name__, ascii(str(e)) + extra)


enc_error = UnicodeEncodeError('ascii', 'a\u00e9\u20ac\U0001f600\x00b', 1, 5, 'r')
dec_error = UnicodeDecodeError('ascii', b'a\xe9\xffb', 1, 3, 'r')
tr_error = UnicodeTranslateError('a\u00e9\u20acb', 1, 3, 'r')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
             'namereplace']:
    handler = codecs.lookup_error(name)
    print(name, handler is getattr(codecs, name + '_errors'), handler.__name__)
    for exc in [enc_error, dec_error, tr_error, ValueError('x'), 5]:
        attempt('  ' + type(exc).__name__, lambda: handler(exc))
attempt('nosuch', lambda: codecs.lookup_error('nosuch'))
attempt('lookup_error int', lambda: codecs.lookup_error(5))
attempt('register_error int', lambda: codecs.register_error(5, print))
attempt('register_error not callable', lambda: codecs.register_error('x', 5))


def show_and_mark(exc):
    print('  handler got', type(exc).__name__, exc.encoding, ascii(exc.object), exc.start,
          exc.end, exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return ('[%d:%d]' % (exc.start, exc.end), exc.end)
    return ('<%d:%d>' % (exc.start, exc.end), exc.end)


codecs.register_error('mark', show_and_mark)
print(codecs.lookup_error('mark') is show_and_mark)
attempt('ascii enc', lambda: codecs.encode('a\u00e9\u20acb\u00ff', 'ascii', 'mark'))
attempt('latin-1 enc', lambda: codecs.encode('a\u20ac\U0001f600b\u0100', 'latin-1', 'mark'))
attempt('utf-8 enc', lambda: codecs.encode('a\u00e9', 'utf-8', 'mark'))
attempt('utf-16 enc', lambda: codecs.encode('a', 'utf-16', 'mark'))
attempt('ascii dec', lambda: codecs.decode(b'a\xe9\xffb', 'ascii', 'mark'))
attempt('utf-8 dec', lambda: codecs.decode(b'a\xe9\xffb\xc3', 'utf-8', 'mark'))
attempt('utf-8 dec 2', lambda: codecs.decode(b'\xf0\x9f\x98x\xe2\x82', 'utf-8', 'mark'))
attempt('utf-16-le dec', lambda: codecs.decode(b'a\x00\x00\xd8b\x00z', 'utf-16-le', 'mark'))
attempt('utf-16 dec', lambda: codecs.decode(b'\xff\xfea\x00\x00\xdcb\x00z', 'utf-16', 'mark'))
attempt('utf-32 dec', lambda: codecs.decode(b'\x00\x00\x11\x00a\x00\x00\x00', 'utf-32-le', 'mark'))
attempt('utf-8-sig dec', lambda: codecs.decode(b'\xef\xbb\xbfa\xff', 'utf-8-sig', 'mark'))
attempt('namereplace enc', lambda: codecs.encode('a\u00e9\x00\U0001f600\ue000', 'ascii', 'namereplace'))
attempt('namereplace latin', lambda: codecs.encode('a\u00e9\u20ac', 'latin-1', 'namereplace'))
attempt('namereplace dec', lambda: codecs.decode(b'\xff', 'ascii', 'namereplace'))
attempt('xmlcharrefreplace dec', lambda: codecs.decode(b'\xff', 'utf-8', 'xmlcharrefreplace'))
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    attempt(errors + ' enc', lambda: codecs.encode('a\u00e9\u20ac', 'ascii', errors))
for errors in ['strict', 'ignore', 'replace', 'backslashreplace']:
    attempt(errors + ' dec', lambda: codecs.decode(b'a\xe9\xffb', 'utf-8', errors))

# Handlers that move around, return bad values or fail.
codecs.register_error('minus1', lambda e: ('N', -1))
attempt('negative position', lambda: codecs.encode('a\u00e9b', 'ascii', 'minus1'))
codecs.register_error('far', lambda e: ('F', 100))
attempt('out of bounds', lambda: codecs.encode('a\u00e9b', 'ascii', 'far'))
attempt('out of bounds dec', lambda: codecs.decode(b'a\xffb', 'ascii', 'far'))
codecs.register_error('notuple', lambda e: 'F')
attempt('not a tuple', lambda: codecs.encode('a\u00e9b', 'ascii', 'notuple'))
attempt('not a tuple dec', lambda: codecs.decode(b'a\xffb', 'ascii', 'notuple'))
codecs.register_error('unencodable', lambda e: ('\u00e9', e.end))
attempt('unencodable replacement', lambda: codecs.encode('a\u00e9b', 'ascii', 'unencodable'))
codecs.register_error('bytes', lambda e: (b'\xff\xfe', e.end))
attempt('bytes replacement', lambda: codecs.encode('a\u00e9b', 'ascii', 'bytes'))
attempt('bytes replacement dec', lambda: codecs.decode(b'a\xffb', 'ascii', 'bytes'))
codecs.register_error('skip2', lambda e: ('', e.end + 1))
attempt('skip further', lambda: codecs.encode('a\u00e9bc', 'ascii', 'skip2'))
attempt('skip further dec', lambda: codecs.decode(b'a\xffbc', 'utf-8', 'skip2'))
seen = []


def back_once(exc):
    # Replace the bad character, then go back to the start once.
    seen.append(exc.start)
    if len(seen) == 1:
        return ('<', 0)
    return ('>', exc.end)


codecs.register_error('backagain', back_once)
attempt('going back', lambda: codecs.encode('ab\u00e9c', 'ascii', 'backagain'))
print(seen)


def failing(exc):
    raise KeyError('inside handler')


codecs.register_error('failing', failing)
attempt('failing handler', lambda: codecs.encode('\u00e9', 'ascii', 'failing'))
attempt('failing handler dec', lambda: codecs.decode(b'\xff', 'ascii', 'failing'))

# Escape codecs.
cases = [b'a\\n\\xe9\\u20ac\\U0001F600\\N{EURO SIGN}\\t\\\\\\\'\\"\\101\\q\xe9',
         b'\\777\\0\\08\\1234', b'\\a\\b\\f\\v\\r\\\n.', b'ab\\x4', b'ab\\', b'\\N{NOPE}',
         b'\\U00110000', b'\\N', b'\\Nab', b'\\N{abc', b'\\N{}x', b'\\N{euro sign}',
         b'\\u12', b'\\U1234567x', b'\\x', b'a\\x4g\\N{nope}b\\']
for data in cases:
    attempt('unicode_escape ' + ascii(data), lambda: codecs.decode(data, 'unicode_escape'))
for errors in ['replace', 'ignore', 'backslashreplace', 'mark']:
    attempt('unicode_escape ' + errors,
            lambda: codecs.decode(b'a\\x4g\\N{nope}b\\', 'unicode_escape', errors))
attempt('unicode_escape str', lambda: codecs.decode('\\n\u20ac', 'unicode_escape'))
attempt('unicode_escape enc', lambda: codecs.encode('a\n\u00e9\x00\U0001f600\\\'"\x7f\x1b\x80\xff\u0100\t\r', 'unicode_escape'))
for data in [b'a\\u20ac\\n\xe9\\U0001F600\\x41', b'\\\\u0041 \\\\\\u0041 \\x \\', b'\\u12',
             b'\\U0001F600\\U00110000', b'a\\u12g\\U00110000b']:
    attempt('raw_unicode_escape ' + ascii(data), lambda: codecs.decode(data, 'raw_unicode_escape'))
attempt('raw_unicode_escape mark', lambda: codecs.decode(b'a\\u12g\\U00110000b', 'raw_unicode_escape', 'mark'))
attempt('raw_unicode_escape enc', lambda: codecs.encode('a\n\u00e9\x00\U0001f600\\\u20ac', 'raw_unicode_escape'))
attempt('escape_decode', lambda: codecs.escape_decode(b'\\x41\\n\\\\q\\777\\\n.'))
attempt('escape_decode str', lambda: codecs.escape_decode('\\x41'))
attempt('escape_encode', lambda: codecs.escape_encode(b'\n\x00A\'"\\\x7f\x80\t\r'))

# Character maps.
decoding_table = 'ab\ufffecd'
attempt('charmap_decode str', lambda: codecs.charmap_decode(b'\x00\x01\x03', 'strict', decoding_table))
attempt('charmap_decode undefined', lambda: codecs.charmap_decode(b'\x00\x02\x09', 'strict', decoding_table))
attempt('charmap_decode replace', lambda: codecs.charmap_decode(b'\x00\x02\x09', 'replace', decoding_table))
attempt('charmap_decode dict', lambda: codecs.charmap_decode(b'\x00\x01\x02', 'strict', {0: 'x', 1: 0x263a, 2: None}))
attempt('charmap_decode none', lambda: codecs.charmap_decode(b'\xe9'))
encoding_map = codecs.charmap_build('ab\ufffecd')
attempt('charmap_encode', lambda: codecs.charmap_encode('abd', 'strict', encoding_map))
attempt('charmap_encode bad', lambda: codecs.charmap_encode('azzb', 'strict', encoding_map))
attempt('charmap_encode replace', lambda: codecs.charmap_encode('az', 'ignore', {ord('a'): 1}))
attempt('charmap_encode dict', lambda: codecs.charmap_encode('ab', 'strict', {ord('a'): b'AA', ord('b'): 66}))
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 10, 2: 20, 3: 10}))

# Deprecated escapes warn against the caller; through an incremental decoder or
# a stream reader the warning belongs to codecs and is not shown by default.
import io
print(codecs.unicode_escape_decode(b'\\d'))
print(codecs.getincrementaldecoder('unicode_escape')().decode(b'\\e', True))
print(codecs.getreader('unicode_escape')(io.BytesIO(b'\\g')).read())
print(codecs.lookup('unicode_escape').decode(b'\\h\\i'))
print(codecs.escape_decode(b'\\j'))
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    codecs.decode(b'\\k', 'unicode_escape')
    codecs.getincrementaldecoder('unicode_escape')().decode(b'\\l')
print([(str(w.message), w.category.__name__, w.lineno > 0) for w in caught])
