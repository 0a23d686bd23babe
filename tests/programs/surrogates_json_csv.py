# json and csv with lone surrogates: dumps escapes them (or keeps them with
# ensure_ascii=False), loads reads \ud800 escapes and raw surrogates alike, and csv
# reads and writes them as any other character.
import csv
import io
import json

S = ['\ud800', '\udcff', 'a\ud800b', '\udbff\udfff', '\ud83d\ude00', 'x\udc80y\U0001f600']
for s in S:
    print(json.dumps(s), ascii(json.dumps(s, ensure_ascii=False)))
    print(json.dumps({s: [s]}), ascii(json.dumps([s, {s: 1}], ensure_ascii=False)))
    print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
    f = io.StringIO()
    json.dump({s: [s]}, f, ensure_ascii=False)
    print(ascii(f.getvalue()))
for text in ['"\\ud800"', '"\\ud83d\\ude00"', '"\\udc00\\ud800x"', '{"\\ud800": "\\udfff"}',
             '"\ud800"', '{"\udcff": 1}', '"\\ud83d\\u0041"', '"\\udbff\\udfff\\udbff"']:
    print(ascii(json.loads(text)))
try:
    json.loads('"\\ud8"')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
print(ascii(json.JSONDecoder().raw_decode('["\ud800"] x')))
print(ascii(json.JSONEncoder(ensure_ascii=False).encode(['\udcff'])))
print(ascii(list(json.JSONEncoder().iterencode({'\ud800': ['\udcff']}))))
print(ascii(json.dumps({'\ud800': ['\udcff']}, indent=1, sort_keys=True, ensure_ascii=False)))
print(json.dumps({'\ud800': 1, '\uffff': 2, '\U00010000': 3, 'a': 4}, sort_keys=True))
print(ascii(json.dumps([1, 2], separators=(',\ud800', ':'))))


def write_rows(rows, **kw):
    f = io.StringIO()
    w = csv.writer(f, **kw)
    for r in rows:
        w.writerow(r)
    return f.getvalue()


print(ascii(write_rows([['\ud800', 'a,\udcff', 'q"\ud800']])))
print(ascii(write_rows([['a', 'b']], delimiter='\ud800')))
print(ascii(write_rows([['a b', 'c']], quotechar='\udcff', quoting=csv.QUOTE_ALL)))
print(ascii(list(csv.reader(['\ud800,b,"c\udcff,d"', 'x\udc80']))))
print(ascii(list(csv.reader(['a\ud800b\ud800c'], delimiter='\ud800'))))
print(ascii(list(csv.reader(['\udcffa,b\udcff,c'], quotechar='\udcff'))))
f = io.StringIO()
csv.DictWriter(f, ['\ud800']).writeheader()
print(ascii(f.getvalue()))
print(ascii(list(csv.DictReader(['\ud800,b', '1,2']))))
print(ascii(csv.Sniffer().sniff('a;b\ud800\nc;d\n').delimiter))
