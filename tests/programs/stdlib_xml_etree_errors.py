import xml.etree.ElementTree as ET
cases = ['<a><b></a>', '<a>', '', '   ', '<a></a><b/>', '<a>&foo;</a>', '<a', '<a b="1" b="2"/>',
 '<a>x</a>junk', '<a>x</a>\n  <b/>', '<a><!-- c --></a><!-- d -->', '<a b=1/>', '<a>\n<b>\n</c></a>',
 '<a>&#0;</a>', '<a>&#xZZ;</a>', '<a>&amp</a>', '<x:a/>', '<a x:b="1"/>', '<a><![CDATA[x</a>', '<a>< b/></a>',
 '<?xml version="1.0"?><a/>', ' <?xml version="1.0"?><a/>', '<a/><?xml version="1.0"?>', '<a>]]></a>',
 '<a b="<"/>', '<a b="&"/>', 'text', '<a></a >', '<a></ a>', '<1a/>', '<a><b></b></a></a>', '<a>&#65;&#x42;</a>',
 '<!DOCTYPE a><a/>', '<!DOCTYPE a [<!ENTITY e "hi">]><a>&e;</a>', '<a><!-- x -- y --></a>', '<a><?pi x?></a>',
 '<a>\n  <b>\n    <c>\n  </b>\n</a>', '<a\n  b="1"\n  c/>', '<a>é</a><', '<a b="1"c="2"/>', '<a><b/></a>\x00',
 '<a>&lt;&gt;&amp;&quot;&apos;</a>', '<a>&#1114112;</a>', '<a>&#xD800;</a>', '<a/ >', '<a b:c="1" xmlns:b="u"/>',
 '<?pi?><a/>', '<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>', '<a>\r\nx\ry</a>', '<a b="x\ny\tz"/>',
 '<a b="&#10;"/>', '<a><b></b><c></a>', '<a>\n</b>']
for c in cases:
    try:
        r = ET.fromstring(c)
        print(repr(c), 'OK', r.tag, repr(r.text), r.attrib, [x.tag for x in r])
    except ET.ParseError as e:
        print(repr(c), 'ParseError', e, e.code, e.position, type(e).__mro__[1].__name__, e.msg if hasattr(e,'msg') else '', e.args)
    except Exception as e:
        print(repr(c), type(e).__name__, e)
