# html.parser: random markup fragments fed in random pieces; every event
# with its position, the buffer left over and the parser's state.
import random
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        self.events = []
        super().__init__(**kw)

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_entityref(self, name):
        self.events.append(('entity', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown', data))


ATOMS = ['<', '>', '/', '!', '-', '?', '[', ']', '&', '#', ';', 'a', 'B', 'x', '1', '9', ' ', '\n',
         '\t', '=', '"', "'", 'script', 'STYLE', 'CDATA', 'if', 'doctype', 'amp', 'lt', '</script>',
         '<script>', '<!--', '-->', '<![', ']]>', '&#x4', '&#', '\x00', '</', '/>', '<p ', 'href=', 'temp ']
rnd = random.Random(2024)
for trial in range(250):
    doc = ''.join(rnd.choice(ATOMS) for _ in range(rnd.randint(1, 20)))
    parser = Recorder(convert_charrefs=rnd.random() < 0.5)
    cuts = sorted(rnd.randint(0, len(doc)) for _ in range(rnd.randint(0, 3)))
    pieces = [doc[a:b] for a, b in zip([0] + cuts, cuts + [len(doc)])]
    try:
        for piece in pieces:
            parser.feed(piece)
        parser.close()
    except AssertionError as e:
        parser.events.append(('AssertionError', str(e)))
    print(repr(doc), cuts, parser.convert_charrefs, parser.events, repr(parser.rawdata),
          parser.lasttag, parser.cdata_elem, parser.getpos())
