# html.parser: the callback sequence on realistic pages, fed whole and in pieces.
from html.parser import HTMLParser
import random


class Recorder(HTMLParser):
    def __init__(self, **kw):
        self.events = []
        super().__init__(**kw)

    def add(self, *ev):
        self.events.append(ev + (self.getpos(),))

    def handle_starttag(self, tag, attrs):
        self.add('start', tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self.add('end', tag)

    def handle_startendtag(self, tag, attrs):
        self.add('startend', tag, attrs)

    def handle_data(self, data):
        self.add('data', data)

    def handle_comment(self, data):
        self.add('comment', data)

    def handle_entityref(self, name):
        self.add('entity', name)

    def handle_charref(self, name):
        self.add('charref', name)

    def handle_decl(self, decl):
        self.add('decl', decl)

    def handle_pi(self, data):
        self.add('pi', data)

    def unknown_decl(self, data):
        self.add('unknown', data)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Caf&eacute; &amp; Bar &#8212; Menu</title>
  <link rel=stylesheet href='/s.css'/>
  <style>body > p { color: red; }</style>
  <script type="text/javascript">
    if (a < b && b > c) { document.write("</p>"); }
  </script>
</head>
<body class="home page" data-id=42 hidden>
  <!-- navigation -->
  <nav><ul><li><a href="/?a=1&amp;b=2">Home</a></li><li><a href=/about>About &copy 2024</a></li></ul></nav>
  <p>Prices &lt; &#x20AC;10 &unknown; &#65;&#x42;C</p>
  <img src="x.png" alt='A "quoted" alt' />
  <br><br/><hr >
  <?php echo 1; ?>
  <![CDATA[ raw <data> ]]>
  <p>Unclosed <b>bold <i>both</b></i>
  <input type=checkbox checked disabled=disabled>
  <table border="1"><tr><td>1</td><td>2</td></tr></table>
</body>
</html>
"""

for cc in (True, False):
    p = Recorder(convert_charrefs=cc)
    p.feed(PAGE)
    p.close()
    print('convert_charrefs =', cc, len(p.events), 'events')
    for ev in p.events:
        print(' ', ev)

# Fed one character at a time, the events are the same (text may come in
# more pieces).
for cc in (True, False):
    whole = Recorder(convert_charrefs=cc)
    whole.feed(PAGE)
    whole.close()
    bits = Recorder(convert_charrefs=cc)
    for ch in PAGE:
        bits.feed(ch)
    bits.close()
    print(cc, [e[:2] for e in whole.events if e[0] != 'data'] ==
          [e[:2] for e in bits.events if e[0] != 'data'])
    print(''.join(e[1] for e in whole.events if e[0] == 'data') ==
          ''.join(e[1] for e in bits.events if e[0] == 'data'))


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))
        self.depth += 1

    def handle_endtag(self, tag):
        self.depth -= 1

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


lc = LinkCollector()
lc.feed(PAGE)
lc.close()
print(lc.links)
print(lc.text)
print(lc.depth, lc.lasttag, lc.getpos())

# Edge cases: broken markup, unfinished constructs at close, references.
FRAGMENTS = ['<p>', '</p>', '<a href="x?a=1&amp;b=2">', '<a href=foo>',
             "<img src='i.png' alt=\"A &lt; B\"/>", '<br/>', 'text', ' ', '\n',
             '&amp;', '&lt', '&#65;', '&#x41;', '&#', '&#xZ', '&nbsp;', '&',
             '&bogus;', 'a&b', '<!-- c -->', '<!--x--!>', '<!DOCTYPE html>',
             '<?xml version="1.0"?>', '<![CDATA[data]]>', '<![if !IE]>', '<!x>',
             '</>', '</ p>', '</a b="c">', '<script>if (a < b) {}</script>',
             '<style>p>a{}</style>', '<SCRIPT>x</script >', '<', '>', '< p>',
             '<a b c=d e = "f" g=\'h\' i=>', '<a/b>', '<a =x>', '<a\nb="1"\n>',
             '</div\n>', '<p/ >', 'é&eacute;', '&#0;', '&#x110000;', '&#128;',
             "<tag attr='unclosed>", '<!-- unclosed', '<!', '<?', '</',
             '<a b="1"', '<a b=', '<!--->', '&copy', '&AMP;', '<A HREF=X>']
rnd = random.Random(7)
for trial in range(300):
    doc = ''.join(rnd.choice(FRAGMENTS) for _ in range(rnd.randint(1, 6)))
    cc = rnd.random() < 0.5
    cut = rnd.randint(0, len(doc))
    p = Recorder(convert_charrefs=cc)
    try:
        p.feed(doc[:cut])
        p.feed(doc[cut:])
        p.close()
    except AssertionError as e:
        p.events.append(('AssertionError', str(e)))
    print(repr(doc), cut, cc, p.events)
