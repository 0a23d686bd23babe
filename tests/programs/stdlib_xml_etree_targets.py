import io
import xml.etree.ElementTree as ET


class Recorder:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(('start', tag, sorted(attrib.items())))

    def end(self, tag):
        self.log.append(('end', tag))

    def data(self, text):
        if self.log and self.log[-1][0] == 'data':
            self.log[-1] = ('data', self.log[-1][1] + text)
        else:
            self.log.append(('data', text))

    def comment(self, text):
        self.log.append(('comment', text))

    def pi(self, target, text):
        self.log.append(('pi', target, text))

    def start_ns(self, prefix, uri):
        self.log.append(('start-ns', prefix, uri))

    def end_ns(self, prefix):
        self.log.append(('end-ns', prefix))

    def close(self):
        return self.log


parser = ET.XMLParser(target=Recorder())
parser.feed('<?xml version="1.0"?><!--head--><doc xmlns="urn:a" xmlns:b="urn:b" b:k="v">')
parser.feed('one&amp;two<b:x/><![CDATA[three]]><?go now?><!-- mid --></doc><!--tail-->')
for entry in parser.close():
    print(entry)


class StartsOnly:
    def __init__(self):
        self.tags = []

    def start(self, tag, attrib):
        self.tags.append(tag)


target = StartsOnly()
parser = ET.XMLParser(target=target)
parser.feed('<a><b/><c>text<!--x--></c></a>')
print(parser.close(), target.tags)


class Node(ET.Element):
    def describe(self):
        return 'Node(%s, %d children)' % (self.tag, len(self))


builder = ET.TreeBuilder(element_factory=Node)
root = ET.fromstring('<a><b/><c><d/></c></a>', parser=ET.XMLParser(target=builder))
print(type(root).__name__, root.describe(), [n.describe() for n in root.iter()])
made = root.makeelement('e', {'k': 'v'})
print(type(made).__name__, made.attrib)
sub = ET.SubElement(root, 'f')
print(type(sub).__name__)

builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
builder.start('r', {'a': '1'})
builder.data('x')
builder.comment(' c ')
builder.data('y')
builder.pi('p', 'q')
builder.start('s', {})
builder.end('s')
builder.data('z')
print(builder.end('r').tag)
r = builder.close()
print(ET.tostring(r, encoding='unicode'))

builder = ET.TreeBuilder(comment_factory=lambda text: ET.Element('comment', text=text), insert_comments=True)
parser = ET.XMLParser(target=builder)
parser.feed('<r><!--hello--></r>')
print(ET.tostring(parser.close(), encoding='unicode'))

try:
    for event, element in ET.iterparse(io.BytesIO(b'<a><b>text</b><c></d></a>'), events=('start', 'end')):
        print(event, element.tag)
except ET.ParseError as e:
    print('ParseError:', e, e.position)

tree, ids = ET.XMLID('<doc><p id="one">1</p><p id="two">2</p><p>3</p></doc>')
print(tree.tag, sorted(ids), ids['two'].text)
print(ET.fromstringlist(['<a>', 'x', '<b/>', '</a>']).text)
for doc in ['<!DOCTYPE a SYSTEM "x"><a>&custom;</a>', '<!DOCTYPE a><a>&custom;</a>',
            '<!DOCTYPE a [<!ENTITY q "1">]><a>&custom;</a>', '<!DOCTYPE a SYSTEM "x"><a>&other;</a>',
            '<!DOCTYPE a PUBLIC "p" "x"><a b="&custom;">&custom;</a>']:
    for set_it in (True, False):
        p = ET.XMLParser()
        if set_it:
            p.entity['custom'] = 'CUSTOM'
        try:
            p.feed(doc)
            r = p.close()
            print(set_it, repr(r.text), r.attrib)
        except ET.ParseError as e:
            print(set_it, 'ParseError', e, e.code, e.position)
