# json: detect_encoding, loads argument checks, dump/dumps options, iterencode pieces, submodules.
import json, io
for b in [b'{"a": 1}', '{"a": 1}'.encode('utf-16-le'), '{"a": 1}'.encode('utf-16-be'), '{"a": 1}'.encode('utf-32-le'), '{"a": 1}'.encode('utf-32-be'), '{"a": 1}'.encode('utf-16'), '{"a": 1}'.encode('utf-32'), b'\xef\xbb\xbf{"a": 1}', '1'.encode('utf-16-le'), '1'.encode('utf-16-be'), b'12', b'"x"']:
    print(json.detect_encoding(b), json.loads(b))
for bad in ['\ufeff{}', 5, None, '[1,', '{"a" 1}', '', '  ', 'nul', '[1] x']:
    try: json.loads(bad)
    except (json.JSONDecodeError, TypeError) as e: print(type(e).__name__, e, getattr(e, 'lineno', ''), getattr(e, 'colno', ''), getattr(e, 'pos', ''))
e = json.JSONDecodeError('msg', 'ab\ncd\nef', 5)
print(e, e.lineno, e.colno, e.args, e.__reduce__())
print(json.dumps({'b': 1, 'a': [1.5, None, True]}, sort_keys=True, indent=2), json.dumps([1, 2], separators=(',', ':')), json.dumps('é'), json.dumps('é', ensure_ascii=0))
print(json.dumps(float('nan')), json.dumps({1: 2, 2.5: 3, None: 4, True: 5}))
try: json.dumps(float('inf'), allow_nan=False)
except ValueError as e: print(e)
try: json.dumps({(1,): 2})
except TypeError as e: print(e)
print(json.dumps({(1,): 2}, skipkeys=True), json.dumps(set(), default=list), json.dumps([1], indent=0), json.dumps([1, [2]], indent='\t'))
buf = io.StringIO(); json.dump({'x': [1, 2]}, buf, indent=1); print(buf.getvalue())
print(json.load(io.StringIO('[1, 2.5, "s"]'), parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list), json.loads('{"a": NaN}', parse_constant=repr), json.loads('{"k": 1}', object_hook=lambda d: sorted(d)))
class E(json.JSONEncoder):
    def default(self, o): return repr(o)
print(json.dumps({'c': 1j}, cls=E), E(indent=2).encode([1]), list(json.JSONEncoder().iterencode({'a': [1]})))
print(json.JSONDecodeError.__module__, json.JSONEncoder.__module__, json.decoder.JSONDecoder is json.JSONDecoder, json.JSONDecoder().raw_decode('[1] tail'))
try: json.loads('{}', foo=1)
except TypeError as e: print('TE', e)
try: json.dumps({}, foo=1)
except TypeError as e: print('TE', e)
