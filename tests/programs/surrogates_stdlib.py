# Library paths that carry lone surrogates: json, os.fsencode / fsdecode, files opened
# with errors='surrogateescape', unicodedata.category.
import json
import os
import tempfile
import unicodedata

print(json.dumps('\ud800'), json.dumps(['a\udc80', {'k\udfff': 1}]))
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('"\\ud83d\\ude00"')), ascii(json.loads('"\\udc80x"')))
dumped = json.dumps('\ud800', ensure_ascii=False)
print(ascii(dumped), json.loads(dumped) == '\ud800')
try:
    dumped.encode('utf-8')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)

print(os.fsencode('a\udc80\udcff'), ascii(os.fsdecode(b'a\x80\xff')), os.fsdecode(b'plain'))
print(os.fsencode(os.fsdecode(b'\xff\xfe/x')) == b'\xff\xfe/x')
try:
    os.fsencode('\ud800')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)

print(unicodedata.category('\ud800'), unicodedata.category('\udfff'), unicodedata.category('a'))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'w', errors='surrogateescape') as f:
        print(f.write('a\udc80b\udcff\n'))
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, errors='surrogateescape') as f:
        print(ascii(f.read()))
    with open(path, 'w', errors='backslashreplace') as f:
        f.write('x\ud800y')
    with open(path) as f:
        print(ascii(f.read()))
    with open(path, 'w') as f:
        try:
            f.write('x\ud800')
        except UnicodeEncodeError as e:
            print('UnicodeEncodeError', e)
