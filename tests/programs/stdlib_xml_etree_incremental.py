import io
import os
import tempfile
import xml.etree.ElementTree as ET

DOCS = [
    '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e "ent">]>\n<!-- c -->\n<r a="1" b=\'x&amp;y\'>\r\n'
    ' text &e; &#233;&#x41;<![CDATA[<raw> ]] ]]>\n <?pi data?><c/><d x="&lt;"> d ]] </d>\n'
    ' <n:e xmlns:n="urn:n" n:at="v">é</n:e></r>\n<!-- after -->\n',
    '<a>' + ''.join('<b i="%d">%d</b>' % (i, i) for i in range(30)) + '</a>',
]


def summary(root):
    return ET.tostring(root, encoding='unicode')


def feed_in_pieces(data, size):
    parser = ET.XMLParser()
    for start in range(0, len(data), size):
        parser.feed(data[start:start + size])
    return parser.close()


for doc in DOCS:
    whole = summary(ET.fromstring(doc))
    print(whole)
    for size in (1, 2, 3, 7, 64):
        assert summary(feed_in_pieces(doc, size)) == whole, size
        assert summary(feed_in_pieces(doc.encode('utf-8'), size)) == whole, size
    print('pieces agree')

latin = '<?xml version="1.0" encoding="iso-8859-1"?><a b="\xe9">\xe0 la carte</a>'.encode('latin-1')
for size in (1, 5, 100):
    root = feed_in_pieces(latin, size)
    print(size, root.get('b'), root.text)

for bad in ['<a><b></a>', '<a>\n  <b x="1" x="2"/></a>', '<a>&nope;</a>', '<a>x</a>y', '<a',
            '<a>\n<![CDATA[x']:
    results = set()
    for size in (1, 2, 100):
        try:
            feed_in_pieces(bad, size)
        except ET.ParseError as e:
            results.add((str(e), e.code, e.position))
    print(sorted(results))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'doc.xml')
    tree = ET.ElementTree(ET.fromstring(DOCS[0]))
    tree.write(path, encoding='utf-8', xml_declaration=True)
    with open(path, 'rb') as f:
        print(f.read()[:60])
    again = ET.parse(path)
    print(summary(again.getroot()) == summary(tree.getroot()))
    with open(path, 'rb') as f:
        print(ET.parse(f).getroot().tag)
    events = [(ev, el.tag) for ev, el in ET.iterparse(path, events=('start', 'end'))]
    print(events[:4], len(events))
    it = ET.iterparse(path)
    print(it.root)
    for _ in it:
        pass
    print(it.root.tag)
    tree.write(path, encoding='unicode')
    with open(path, encoding='utf-8') as f:
        print(f.read()[:40])
    tree.write(path)
    with open(path, 'rb') as f:
        print(f.read()[-40:])

pull = ET.XMLPullParser(events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'))
for piece in ['<r xmlns="urn:d"><!--c-->', '<x>1</x', '>', '<?p q?><y/></r>']:
    pull.feed(piece)
    print([(ev, el if ev.endswith('-ns') else (el.tag if isinstance(el.tag, str) else el.text))
           for ev, el in pull.read_events()])
pull.close()
pull = ET.XMLPullParser()
pull.feed('<a><b></a>')
try:
    list(pull.read_events())
except ET.ParseError as e:
    print('ParseError', e)

big = '<root>' + '<item n="%d">value %d &amp; more</item>' * 1 + '</root>'
big = '<root>' + ''.join('<item n="%d">value %d &amp; more</item>' % (i, i) for i in range(2000)) + '</root>'
root = ET.fromstring(big)
print(len(root), root[-1].get('n'), root[1999].text, len(ET.tostring(root)))
