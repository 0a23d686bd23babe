import json

print(json.loads('{"a": [1, 2.5, "x", null, true, false, {"b": {}}], "c": []}'))
print(json.loads('  [ 1 , 2 ,\n\t3 ]  '))
print(json.loads('"plain"'), json.loads('12'), json.loads('-0'), json.loads('-0.0'), json.loads('null'))
print(json.loads('[1e5, 1E-3, 2.5e+2, -12.75, 0.5, 10]'))
print(json.loads('[123456789012345678901234567890, -1]'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(r'"esc: \" \\ \/ \b \f \n \r \t \u00e9 \u20AC \ud83d\ude00"'))
print(json.loads('"h\u00e9llo \U0001f600"'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"k": "v", "n": {"m": [{"x": 1}]}}'))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'[2]')))
print(json.loads('{"\\u0041": 1}'))
print(json.loads('[[[[[]]]]]'))
print(json.loads('{}'), json.loads('[]'), json.loads('""'))

# hooks
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": {"c": 2}, "e": {}}', object_pairs_hook=lambda p: ('P', p)))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda s: 'C' + s))
print(json.loads('"a\tb\nc"', strict=False))
print(json.loads('{"a": 1.5}', parse_float=str))

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"x": {"y": 1}}', cls=Dec))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] trailing'))
print(d.raw_decode('xx {"a": 1}x', 3))
print(d.decode(' 3 '))
print(d.scan_once('[1]', 0))
try:
    d.scan_once('x', 0)
except StopIteration as e:
    print('StopIteration', e.value)

class R:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
print(json.load(R('{"from": "file"}')))
print(json.load(R('[1.0]'), parse_float=lambda s: s))

# round trips
data = {'name': 'x', 'list': [1, 2.25, None, True, 'é\n'], 'nested': {'a': {'b': [[], {}]}}}
for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}]:
    text = json.dumps(data, **kw)
    print(json.loads(text) == data, len(text))
