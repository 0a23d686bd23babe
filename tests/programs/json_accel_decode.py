# json's native scanner: values, escapes, surrogates, hooks, errors with their
# positions, raw_decode / scan_once, key sharing, big numbers.
import decimal
import json
from collections import OrderedDict

docs = [
    '0', '-0', '12', '-12.5e3', '1E+2', '1e-2', '0.5', '123456789012345678901234567890',
    '-98765432109876543210', '1.7976931348623157e309', '5e-400', '"x"', 'true', 'false',
    'null', 'NaN', 'Infinity', '-Infinity', '[]', '{}', ' [ 1 , 2 ] ', '\n{"a" : [true, null]}\t',
    '{"a": 1, "a": 2, "b": {"a": [1, {"c": []}]}}', '[[[[[]]]]]', '["\\u00e9\\u65e5", "\\ud83d\\ude00"]',
    '"\\ud800"', '"\\udc00\\ud800"', '"\\ud800\\u0041"', '"\\ud800\\udbff"', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"',
    '"日本語 é \U0001f600"', '{"é": "ü", "\U0001f600": ["\\u2028"]}', '[1.0, 2, -3.25, 1e5]',
]
for d in docs:
    v = json.loads(d)
    print(repr(v), type(v).__name__)

errors = [
    '', ' ', '[', ']', '{', '}', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '{"a":1 "b":2}',
    '[1 2]', '"abc', '"abc\\', '"\\x"', '"\\u12"', '"\\u12"    ', '"\\uzzzz"', '"\\ud800\\uzzzz"',
    '"\\ud800\\u12"', '"a\x00b"', '"tab\there"', '[1] x', '1 2', 'nul', 'tru', 'fals', '-', '-a',
    '01', '1.', '1.e5', '1e', '.5', '+1', '[--1]', 'Infinit', '-Infinityx', '[NaN', '"é\\q"',
    'é', '  \n  [1,\n   2,\n   x]', '{"k":\n"v",\n"k2"\n}', '"\ud800\\x"', '["a", "b\x1f"]',
    '\ufeff[]',
]
for d in errors:
    try:
        json.loads(d)
        print('no error', repr(d))
    except json.JSONDecodeError as e:
        print(repr(d), '->', e.msg, e.pos, e.lineno, e.colno, '|', e)

print(json.loads('"a\x00\x1fb"', strict=False), json.loads('["\t"]', strict=False))

# Hooks.
print(json.loads('{"a": {"b": 1}, "c": []}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": {"y": 2, "x": 3}, "e": {}}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1}', object_pairs_hook=list, object_hook=dict))
print(json.loads('[1.5, 2, 1e400, -0.0]', parse_float=decimal.Decimal))
print(json.loads('[1, -2, 3.5]', parse_int=lambda s: 'int:' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'const:' + s))
calls = []


def hook(d):
    calls.append(d)
    return len(calls)


print(json.loads('[{"a": {}}, {"b": {"c": {}}}]', object_hook=hook), calls)
try:
    json.loads('[{"a": 1}, {"b": 2}, x]', object_hook=hook)
except json.JSONDecodeError as e:
    print(e, len(calls))


def failing(d):
    raise KeyError('hook')


try:
    json.loads('{"a": 1}', object_hook=failing)
except KeyError as e:
    print('KeyError', e)

# raw_decode and scan_once.
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx{"a": 1}yy', 2), dec.raw_decode('é "ü" z', 2))
print(dec.raw_decode('  1'[2:]), dec.decode('  {"k": [1]}  '))
for args in (('[1]', 5), ('[1]', -1), ('  1', 0), ('é', 1)):
    try:
        print(dec.raw_decode(*args))
    except (ValueError, json.JSONDecodeError) as e:
        print(type(e).__name__, e)
print(dec.scan_once('"a" 1', 0), dec.scan_once('"a" 1', 4))
try:
    dec.scan_once('"a" x', 4)
except StopIteration as e:
    print('StopIteration', e.value)

# Keys are shared between objects, as in CPython.
v = json.loads('[{"key": 1}, {"key": 2}, {"k\\u0065y": 3}]')
ks = [list(d)[0] for d in v]
print(ks[0] is ks[1], ks[1] is ks[2])

# Bytes documents and load.
print(json.loads(b'{"a": [1, "\xc3\xa9"]}'), json.loads(bytearray(b'[true]')))
print(json.loads('{"a": 1}'.encode('utf-16')), json.loads('[2]'.encode('utf-32-le')))
import io
print(json.load(io.StringIO('{"x": [null]}')))

# Digit limit.
try:
    json.loads('1' * 5000)
except ValueError as e:
    print('ValueError', e)

# A big document round trip.
doc = json.dumps([{'i': i, 's': 'é\\"\n' * (i % 4), 'f': i / 7, 'l': [None, True] * (i % 3)}
                  for i in range(500)])
back = json.loads(doc)
print(len(doc), len(back), back[37], json.dumps(back) == doc)


class MyDecoder(json.JSONDecoder):
    def __init__(self):
        super().__init__(object_hook=lambda d: tuple(d))


print(json.loads('[{"a": 1, "b": 2}]', cls=MyDecoder))
