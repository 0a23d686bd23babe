import xml.etree.ElementTree as ET
doc = ET.fromstring('''<root>
 <a id="1" k="x"><b>one</b><c/><b>two</b></a>
 <a id="2"><b>three</b><a id="3"><b>four</b><c><b>five</b></c></a></a>
 <d k="y">dtext<e>etext</e>tail</d>
 <ns:f xmlns:ns="http://ns.example/">nsf<ns:g/></ns:f>
 <h xmlns="http://default.example/"><i/></h>
</root>''')
def ids(xs):
    return [(x.tag if isinstance(x.tag, str) else '?') + (('#' + x.get('id')) if x.get('id') else '') + (('=' + x.text) if x.text and x.text.strip() else '') for x in xs]
paths = ['a', 'a/b', './a', '*', '*/b', './/b', '//b', 'a//b', './/a//b', './/a/..', 'a/b/..', '.', '..', './/b/..', './/a/b/../..',
 'a[@id]', 'a[@id="2"]', "a[@id='2']", 'a[@id!="2"]', 'a[b]', "a[b='three']", 'a[b!="one"]', "a[.='x']", './/b[.="four"]', './/*[.="five"]',
 'a[1]', 'a[2]', 'a[3]', 'a/b[1]', 'a/b[2]', 'a/b[last()]', 'a/b[last()-1]', './/b[1]', 'a[0]', 'a[-1]',
 '{http://ns.example/}f', '{http://ns.example/}f/{http://ns.example/}g', '{*}f', '{*}g', './/{*}g', '{}a', '{}f', '{http://ns.example/}*', '{*}*', '{}*',
 'ns:f', 'x:f', './/{http://default.example/}i', './/i', 'a[@k="x"]/b', '*[@k]', 'a/', '/a', '//', 'a[@]', 'a[@id=2]', 'a[foo()]', 'a[b c]', 'a/../..', './/', 'a//', './/*', '*[last()]', 'a/b[2][.="two"]', 'a[@id][b]', 'a[.="x"]', "a[@id='1' and @k='x']", 'a[position()=1]', ' a ', 'a [@id]', '..//a']
for p in paths:
    try:
        r = doc.findall(p)
        print(repr(p), ids(r))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
ns = {'ns': 'http://ns.example/', 'd': 'http://default.example/', '': 'http://default.example/'}
for p in ['ns:f', 'ns:f/ns:g', './/d:i', 'h', 'd:h/d:i', './/i', '{http://ns.example/}f']:
    try: print(repr(p), ids(doc.findall(p, ns)))
    except Exception as e: print(repr(p), type(e).__name__, e)
print(repr(doc.findtext('a/b')), repr(doc.findtext('zz')), repr(doc.findtext('zz', 'dflt')), repr(doc.findtext('a/c')), repr(doc.findtext('d')))
print(doc.find('a').get('id'), doc.find('zz'), type(doc.iterfind('a')).__name__, ids(doc.iterfind('.//b')))
print(ids(doc.iter('b')), ids(doc.iter('{*}g')) if False else '', len(list(doc.iter())), len(list(doc.iter('*'))), ids(doc.find('a').iter()))
print(list(doc.find('d').itertext()), ''.join(doc.itertext())[:30])
t = ET.ElementTree(doc)
import warnings
for p in ['a', './/b', '/a', '//b']:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        print(repr(p), ids(t.findall(p)), repr(t.findtext(p)), t.find(p) is not None, ids(t.iterfind(p)))
    for w in caught:
        print(' ', w.category.__name__, w.message)
print(ids(t.iter('a')))
