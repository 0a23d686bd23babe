import json

cases = [
    '', ' ', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a" 1}',
    '{"a": 1', '{"a": 1,}', '{"a": 1 "b": 2}', '{1: 2}', "{'a': 1}", '[1] x', '1 2',
    '"abc', '"abc\\', '"a\\x"', '"\\u12"', '"\\u12zz"', '"\\ud800\\uzzzz0"', '"a\nb"',
    '"tab\there"', 'nul', 'tru', 'fals', '-', '--1', '01', '1.', '1.e5', '1e', '.5',
    '+1', '[1,\n 2,\n x]', '{\n  "a": 1,\n  "b" 2\n}', 'NaNa', '[Infinityx]', '\ufeff[]',
    '"\x00"', '[-]', '{"a":1}}', '[]]', '"\\', '"\\u', '"\\u0041',
]
for c in cases:
    try:
        r = json.loads(c)
        print(repr(c), '->', repr(r))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError:', e, '|', e.msg, e.pos, e.lineno, e.colno)

e = json.JSONDecodeError('Boom', 'ab\ncd\nef', 5)
print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(e.args)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
try:
    json.loads('[1, 2')
except ValueError as e:
    print('ValueError', type(e).__name__, e)
try:
    json.JSONDecoder().raw_decode('[1]', -1)
except ValueError as e:
    print('ValueError', e)
# non-ASCII documents
for c in ['["é", x]', '{"ключ": "значение", "b" 1}', '"\U0001f600\n"', '["😀" "x"]', '[1, "é"] é']:
    try:
        print(json.loads(c))
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e)
print(json.loads('{"ключ": ["значение", "😀", 1.5]}'))
print(json.JSONDecoder().raw_decode('["é"] rest'))
