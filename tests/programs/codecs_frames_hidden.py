# The codec registry and primitives are C code in CPython (_codecs): a traceback
# through them shows no frame of theirs, only the caller's line.
import codecs
import sys
import traceback

cases = [
    lambda: 'x'.encode('rot13'),
    lambda: b'x'.decode('hex'),
    lambda: codecs.encode('x', 'nope'),
    lambda: codecs.lookup(5),
    lambda: codecs.encode(b'x', 'utf-8'),
    lambda: codecs.utf_8_decode(b'\xff', 'strict', True),
    lambda: codecs.lookup_error('nope'),
    lambda: 'é'.encode('ascii'),
    lambda: codecs.charmap_decode(b'\x01', 'strict', {}),
]
for case in cases:
    try:
        case()
    except Exception:
        traceback.print_exc(file=sys.stdout)
codecs.encode('x', 'nope')
