"""A tolerant HTML tokenizer.

HTMLParser takes text in pieces through feed() and calls a handler method
for each start tag, end tag, run of text, comment, reference, declaration
and processing instruction.  Subclasses override the handlers; the events
and their order are those of CPython 3.11's html.parser.
"""

import re
from html import unescape

__all__ = ['HTMLParser']


# ---------------------------------------------------------------------------
# The shapes of markup, as regular expressions built from named parts.

_LETTER = '[a-zA-Z]'
# A tag name runs until whitespace, '/', '>' or NUL.
_TAG_NAME = _LETTER + r'[^\t\n\r\f />\x00]*'
# Between attributes: whitespace, or a '/' that does not close the tag.
_GAP = r'(?:\s|/(?!>))*'
# An attribute name comes after a quote, whitespace or '/'.
_ATTR_NAME = r'(?<=[\'"\s/])[^\s/>][^\s/=>]*'
_ATTR_VALUE = '|'.join([
    r"'[^']*'",             # single-quoted
    r'"[^"]*"',             # double-quoted
    r'(?![\'"])[^>\s]*',    # bare
])
_EQUALS = r'\s*=+\s*'

_ATTRIBUTE = re.compile(
    '(%s)(%s(%s))?%s' % (_ATTR_NAME, _EQUALS, _ATTR_VALUE, _GAP))
_TAG_NAME_AND_GAP = re.compile('(%s)%s' % (_TAG_NAME, _GAP))
# How far a start tag can be read: its name, then any attributes.
_START_TAG_EXTENT = re.compile(
    '<{name}(?:[\\s/]*(?:{attr}(?:{eq}(?:{value})\\s*)?{gap})*)?\\s*'.format(
        name=_TAG_NAME, attr=_ATTR_NAME, eq=_EQUALS, value=_ATTR_VALUE, gap=_GAP))
_START_TAG_OPEN = re.compile('<' + _LETTER)
_SIMPLE_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')

# References, each followed by one character that cannot continue it.
_NAMED_REF = re.compile('&(%s[-.a-zA-Z0-9]*)[^a-zA-Z0-9]' % _LETTER)
_NUMERIC_REF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
# The start of a reference that may still be cut short by the buffer's end.
_REF_START = re.compile('&[a-zA-Z#]')
_REF_TERMINATOR = re.compile(r'[\s;]')

_TEXT_STOP = re.compile('[&<]')
_COMMENT_END = re.compile(r'--\s*>')
_DECLARATION_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_SECTION_END = re.compile(r']\s*]\s*>')
_MS_SECTION_END = re.compile(r']\s*>')       # Microsoft's <![if ...]>

# Keywords of marked sections, by the way the section ends.
_SGML_SECTIONS = frozenset(['temp', 'cdata', 'ignore', 'include', 'rcdata'])
_MS_SECTIONS = frozenset(['if', 'else', 'endif'])

# A character after a start tag's readable part that means "more input
# may complete this tag".
_TAG_MAY_CONTINUE = frozenset('abcdefghijklmnopqrstuvwxyz'
                              'ABCDEFGHIJKLMNOPQRSTUVWXYZ=/')

# A reference can be cut by the end of a piece: text ending with an '&'
# among its last characters is held back (unless whitespace or ';' shows
# that the reference is over).
_LONGEST_REFERENCE = 34


def _unquote(value):
    if len(value) >= 1 and value[0] == value[-1] and value[0] in '\'"':
        return value[1:-1]
    return value


class HTMLParser:
    """Feed HTML with feed(), finish with close(); the handle_* methods
    (no-ops here) receive what is found.

    With convert_charrefs (the default), references in text are replaced
    by the characters they stand for before handle_data sees the text;
    otherwise they go to handle_entityref and handle_charref.  The contents
    of <script> and <style> are passed on as text, unparsed.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    # The source of the last start tag (see get_starttag_text).
    __starttag_text = None

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Drop any buffered input and start afresh."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _TEXT_STOP
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Add data to the input and handle what is complete."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle everything still buffered: the input is over."""
        self.goahead(1)

    # -- position in the input --

    def getpos(self):
        """(line, column) where the construct being handled starts."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Move the position from buffer index i to index j; return j."""
        if i >= j:
            return j
        newlines = self.rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def get_starttag_text(self):
        """The source text of the most recent start tag."""
        return self.__starttag_text

    # -- script and style contents --

    def set_cdata_mode(self, elem):
        """Treat everything up to </elem> as text."""
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _TEXT_STOP
        self.cdata_elem = None

    # -- the main loop --

    def _converting(self):
        """Whether text goes out with its references replaced."""
        return self.convert_charrefs and not self.cdata_elem

    def _emit_text(self, text):
        self.handle_data(unescape(text) if self._converting() else text)

    def _text_end(self, rawdata, i, count):
        """Where the text starting at i ends, or None to wait for input."""
        if self._converting():
            stop = rawdata.find('<', i)
            if stop >= 0:
                return stop
            ampersand = rawdata.rfind('&', max(i, count - _LONGEST_REFERENCE))
            if ampersand >= 0 and not _REF_TERMINATOR.search(rawdata, ampersand):
                return None
            return count
        found = self.interesting.search(rawdata, i)
        if found:
            return found.start()
        return None if self.cdata_elem else count

    def goahead(self, end):
        """Handle the buffer as far as it is complete; with end true, the
        input is over and what is left becomes text."""
        rawdata = self.rawdata
        i, count = 0, len(rawdata)
        while i < count:
            stop = self._text_end(rawdata, i, count)
            if stop is None:
                break
            if i < stop:
                self._emit_text(rawdata[i:stop])
            i = self.updatepos(i, stop)
            if i == count:
                break
            if rawdata.startswith('<', i):
                i, more = self._markup(rawdata, i, count, end)
            elif rawdata.startswith('&#', i):
                i, more = self._numeric_reference(rawdata, i)
            elif rawdata.startswith('&', i):
                i, more = self._named_reference(rawdata, i, count, end)
            else:
                raise AssertionError("interesting.search() lied")
            if not more:
                break
        if end and i < count and not self.cdata_elem:
            self._emit_text(rawdata[i:count])
            i = self.updatepos(i, count)
        self.rawdata = rawdata[i:]

    def _markup(self, rawdata, i, count, end):
        """Handle the construct at the '<' at i: (next index, go on?)."""
        if _START_TAG_OPEN.match(rawdata, i):
            after = self.parse_starttag(i)
        elif rawdata.startswith('</', i):
            after = self.parse_endtag(i)
        elif rawdata.startswith('<!--', i):
            after = self.parse_comment(i)
        elif rawdata.startswith('<?', i):
            after = self.parse_pi(i)
        elif rawdata.startswith('<!', i):
            after = self.parse_html_declaration(i)
        elif i + 1 < count:
            self.handle_data('<')
            after = i + 1
        else:
            return i, False     # a lone '<' at the end: wait
        if after < 0:
            if not end:
                return i, False     # unfinished: wait for more input
            after = self._unfinished_extent(rawdata, i)
            self._emit_text(rawdata[i:after])
        return self.updatepos(i, after), True

    def _unfinished_extent(self, rawdata, i):
        """Where text taken from a construct that never ended stops: after
        the next '>', else before the next '<', else after the '<'."""
        gt = rawdata.find('>', i + 1)
        if gt >= 0:
            return gt + 1
        lt = rawdata.find('<', i + 1)
        return lt if lt >= 0 else i + 1

    def _reference_end(self, rawdata, found):
        # The character after the reference is only part of it if it is ';'.
        after = found.end()
        return after if rawdata[after - 1] == ';' else after - 1

    def _numeric_reference(self, rawdata, i):
        found = _NUMERIC_REF.match(rawdata, i)
        if found:
            self.handle_charref(found.group()[2:-1])
            return self.updatepos(i, self._reference_end(rawdata, found)), True
        if ';' in rawdata[i:]:
            # Not a valid reference: give up on its '&#'.
            self.handle_data(rawdata[i:i + 2])
            i = self.updatepos(i, i + 2)
        return i, False

    def _named_reference(self, rawdata, i, count, end):
        found = _NAMED_REF.match(rawdata, i)
        if found:
            self.handle_entityref(found.group(1))
            return self.updatepos(i, self._reference_end(rawdata, found)), True
        partial = _REF_START.match(rawdata, i)
        if partial:
            # Perhaps completed by the next piece; at the end of the input,
            # only the '&' is passed over (the rest becomes text).
            if end and partial.group() == rawdata[i:]:
                i = self.updatepos(i, i + 1)
            return i, False
        if i + 1 < count:
            self.handle_data('&')
            return self.updatepos(i, i + 1), True
        return i, False

    # -- the constructs: each returns the index after it, or -1 when the
    # -- buffer ends first

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 2] != '<!':
            raise AssertionError('unexpected call to parse_html_declaration()')
        if rawdata.startswith('<!--', i):
            return self.parse_comment(i)
        if rawdata.startswith('<![', i):
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            close = rawdata.find('>', i + 9)
            if close < 0:
                return -1
            self.handle_decl(rawdata[i + 2:close])
            return close + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """'<!...>' or '</...>' that is no valid markup: a comment."""
        rawdata = self.rawdata
        if rawdata[i:i + 2] not in ('<!', '</'):
            raise AssertionError('unexpected call to parse_comment()')
        close = rawdata.find('>', i + 2)
        if close < 0:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:close])
        return close + 1

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if not rawdata.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        close = _COMMENT_END.search(rawdata, i + 4)
        if close is None:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:close.start()])
        return close.end()

    def parse_marked_section(self, i, report=1):
        """'<![keyword ...]]>' (or '<![if ...]>'), given to unknown_decl."""
        rawdata = self.rawdata
        if not rawdata.startswith('<![', i):
            raise AssertionError('unexpected call to parse_marked_section()')
        keyword, after = self._scan_name(i + 3, i)
        if after < 0:
            return after
        if keyword in _SGML_SECTIONS:
            close = _SECTION_END.search(rawdata, i + 3)
        elif keyword in _MS_SECTIONS:
            close = _MS_SECTION_END.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % rawdata[i + 3:after])
        if close is None:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:close.start()])
        return close.end()

    def _scan_name(self, i, declstartpos):
        """(lower-cased name, index after it and its spaces) at i, or
        (None, -1) if the buffer may end inside it."""
        rawdata = self.rawdata
        if i == len(rawdata):
            return None, -1
        found = _DECLARATION_NAME.match(rawdata, i)
        if found is None:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r"
                                 % rawdata[declstartpos:declstartpos + 20])
        if found.end() == len(rawdata):
            return None, -1
        return found.group().strip().lower(), found.end()

    def parse_pi(self, i):
        rawdata = self.rawdata
        if not rawdata.startswith('<?', i):
            raise AssertionError('unexpected call to parse_pi()')
        close = rawdata.find('>', i + 2)
        if close < 0:
            return -1
        self.handle_pi(rawdata[i + 2:close])
        return close + 1

    def check_for_whole_start_tag(self, i):
        """The index just after the start tag at i, or -1 when more input
        may still change it."""
        rawdata = self.rawdata
        readable_end = _START_TAG_EXTENT.match(rawdata, i).end()
        following = rawdata[readable_end:readable_end + 1]
        if following == '>':
            return readable_end + 1
        if following == '/':
            # '/>' closes; a '/' at the very end may be the start of one.
            return readable_end + 2 if rawdata.startswith('/>', readable_end) else -1
        if following == '' or following in _TAG_MAY_CONTINUE:
            return -1
        # Junk: the tag is what could be read (at least its '<').
        return max(readable_end, i + 1)

    def _attributes(self, rawdata, start, stop):
        """The (name, value) pairs between start and stop, and where
        reading them stopped."""
        pairs = []
        position = start
        while position < stop:
            found = _ATTRIBUTE.match(rawdata, position)
            if not found:
                break
            name, assignment, value = found.group(1, 2, 3)
            if not assignment:
                value = None
            else:
                value = _unquote(value)
                if value:
                    value = unescape(value)
            pairs.append((name.lower(), value))
            position = found.end()
        return pairs, position

    def parse_starttag(self, i):
        self.__starttag_text = None
        end = self.check_for_whole_start_tag(i)
        if end < 0:
            return end
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:end]
        head = _TAG_NAME_AND_GAP.match(rawdata, i + 1)
        self.lasttag = tag = head.group(1).lower()
        attrs, stopped = self._attributes(rawdata, head.end(), end)
        closing = rawdata[stopped:end].strip()
        if closing not in ('>', '/>'):
            # Could not be read as a tag: it is text.
            self.handle_data(rawdata[i:end])
            return end
        if closing == '/>':
            self.handle_startendtag(tag, attrs)
            return end
        self.handle_starttag(tag, attrs)
        if tag in self.CDATA_CONTENT_ELEMENTS:
            self.set_cdata_mode(tag)
        return end

    def parse_endtag(self, i):
        rawdata = self.rawdata
        if not rawdata.startswith('</', i):
            raise AssertionError('unexpected call to parse_endtag')
        gt = rawdata.find('>', i + 1)
        if gt < 0:
            return -1
        after = gt + 1
        simple = _SIMPLE_END_TAG.match(rawdata, i)
        if simple is None:
            return self._irregular_endtag(rawdata, i, after)
        name = simple.group(1).lower()
        if self.cdata_elem is not None and name != self.cdata_elem:
            # '</b>' inside <script>: text.
            self.handle_data(rawdata[i:after])
            return after
        self.handle_endtag(name)
        self.clear_cdata_mode()
        return after

    def _irregular_endtag(self, rawdata, i, after):
        """An end tag with attributes or odd spacing, '</>' or '</ junk>'."""
        if self.cdata_elem is not None:
            self.handle_data(rawdata[i:after])
            return after
        head = _TAG_NAME_AND_GAP.match(rawdata, i + 2)
        if head is None:
            if rawdata.startswith('</>', i):
                return i + 3        # ignored altogether
            return self.parse_bogus_comment(i)
        # Whatever follows the name, up to the next '>', is dropped.
        self.handle_endtag(head.group(1).lower())
        return rawdata.find('>', head.end()) + 1

    # -- handlers, for subclasses to override --

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag such as <br/>: a start tag, then its end."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        """A start tag: its lower-cased name and [(name, value)] attributes."""

    def handle_endtag(self, tag):
        """An end tag, by lower-cased name."""

    def handle_charref(self, name):
        """A numeric reference &#NAME; (only without convert_charrefs)."""

    def handle_entityref(self, name):
        """A named reference &NAME; (only without convert_charrefs)."""

    def handle_data(self, data):
        """A run of text."""

    def handle_comment(self, data):
        """The inside of <!--...-->."""

    def handle_decl(self, decl):
        """The inside of <!DOCTYPE ...>."""

    def handle_pi(self, data):
        """The inside of <?...>."""

    def unknown_decl(self, data):
        """The inside of a marked section such as <![CDATA[...]]>."""
