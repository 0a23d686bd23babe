"""A simple, tolerant HTML parser: HTMLParser reads HTML text fed to it in
pieces and calls a handler method for each tag, run of text, comment,
character or entity reference, declaration and processing instruction,
in the order CPython 3.11's html.parser does."""

import re as _re
from html import unescape as _unescape

__all__ = ['HTMLParser']

# Patterns of the constructs the parser recognises (HTML5 tokenisation,
# tolerant of the usual mistakes).
_TEXT_STOP = _re.compile('[&<]')
_ENTITY_REF = _re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_CHAR_REF = _re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_PARTIAL_REF = _re.compile('&[a-zA-Z#]')
_REF_END = _re.compile(r'[\s;]')
_TAG_OPEN = _re.compile('<[a-zA-Z]')
_GT = _re.compile('>')
_COMMENT_CLOSE = _re.compile(r'--\s*>')
_DECL_NAME = _re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_MARKED_CLOSE = _re.compile(r']\s*]\s*>')
_MS_MARKED_CLOSE = _re.compile(r']\s*>')
_TAG_NAME = _re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_ATTRIBUTE = _re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_START_TAG_BODY = _re.compile(
    r'<[a-zA-Z][^\t\n\r\f />\x00]*'
    r'(?:[\s/]*'
    r'(?:(?<=[\'"\s/])[^\s/>][^\s/=>]*'
    r'(?:\s*=+\s*(?:\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*)\s*)?'
    r'(?:\s|/(?!>))*'
    r')*'
    r')?'
    r'\s*')
_SIMPLE_END_TAG = _re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_ATTR_AFTER_NAME = "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class HTMLParser:
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    Start tags are handled by calling self.handle_starttag() or
    self.handle_startendtag(); end tags by self.handle_endtag(). The data
    between tags is passed to self.handle_data(); with convert_charrefs
    true (the default) character and entity references in it are
    replaced first, otherwise they go to self.handle_charref() and
    self.handle_entityref(). Comments go to self.handle_comment(),
    <!DOCTYPE ...> to self.handle_decl(), <?...> to self.handle_pi() and
    marked sections (<![CDATA[...]]>) to self.unknown_decl().
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget any unprocessed data and start again."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _TEXT_STOP
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Feed more text to the parser; it is processed as far as it can
        be (an incomplete construct at the end waits for more)."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Process everything still buffered, as if the input ended."""
        self.goahead(1)

    def getpos(self):
        """The (line number, offset) of the current position."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Advance the position from index i to index j of the buffer."""
        if i >= j:
            return j
        newlines = self.rawdata.count("\n", i, j)
        if newlines:
            self.lineno = self.lineno + newlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    __starttag_text = None

    def get_starttag_text(self):
        """The text of the most recently opened start tag."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = _re.compile(r'</\s*%s\s*>' % self.cdata_elem, _re.I)

    def clear_cdata_mode(self):
        self.interesting = _TEXT_STOP
        self.cdata_elem = None

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(_unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        """Handle as much of the buffer as possible; at the end of the
        input (end true) handle the rest as text."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    # Text up to the end: hold it back if it might end in
                    # a reference cut in two by the next feed().
                    amp = rawdata.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _REF_END.search(rawdata, amp):
                        break
                    j = n
            else:
                m = self.interesting.search(rawdata, i)
                if m:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                if _TAG_OPEN.match(rawdata, i):
                    k = self.parse_starttag(i)
                elif rawdata.startswith("</", i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif rawdata.startswith("<?", i):
                    k = self.parse_pi(i)
                elif rawdata.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # The construct never ends: up to the next '>' (or
                    # else the next '<') is text.
                    k = rawdata.find('>', i + 1)
                    if k >= 0:
                        k += 1
                    else:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = _CHAR_REF.match(rawdata, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if rawdata[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                m = _ENTITY_REF.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if rawdata[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _PARTIAL_REF.match(rawdata, i)
                if m:
                    if end and m.group() == rawdata[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    # -- the constructs; each returns the index after it, or -1 when the
    # -- buffer ends before it does.

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gt = rawdata.find('>', i + 9)
            if gt == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 2] not in ('<!', '</'):
            raise AssertionError('unexpected call to parse_comment()')
        gt = rawdata.find('>', i + 2)
        if gt == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:gt])
        return gt + 1

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = _COMMENT_CLOSE.search(rawdata, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:m.start()])
        return m.end()

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 3] != '<![':
            raise AssertionError('unexpected call to parse_marked_section()')
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            m = _MARKED_CLOSE.search(rawdata, i + 3)
        elif name in {"if", "else", "endif"}:
            m = _MS_MARKED_CLOSE.search(rawdata, i + 3)
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:m.start()])
        return m.end()

    def _scan_name(self, i, declstartpos):
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _DECL_NAME.match(rawdata, i)
        if m:
            s = m.group()
            if i + len(s) == n:
                return None, -1
            return s.strip().lower(), m.end()
        self.updatepos(declstartpos, i)
        raise AssertionError(
            "expected name token at %r" % rawdata[declstartpos:declstartpos + 20])

    def parse_pi(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 2] != '<?':
            raise AssertionError('unexpected call to parse_pi()')
        m = _GT.search(rawdata, i + 2)
        if not m:
            return -1
        self.handle_pi(rawdata[i + 2:m.start()])
        return m.end()

    def check_for_whole_start_tag(self, i):
        rawdata = self.rawdata
        j = _START_TAG_BODY.match(rawdata, i).end()
        after = rawdata[j:j + 1]
        if after == ">":
            return j + 1
        if after == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            return -1
        if after == "" or after in _ATTR_AFTER_NAME:
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        m = _TAG_NAME.match(rawdata, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < endpos:
            m = _ATTRIBUTE.match(rawdata, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == value[-1:] and value[:1] in ('"', "'"):
                value = value[1:-1]
            if value:
                value = _unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        tail = rawdata[k:endpos].strip()
        if tail not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if tail.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 2] != "</":
            raise AssertionError("unexpected call to parse_endtag")
        m = _GT.search(rawdata, i + 1)
        if not m:
            return -1
        gtpos = m.end()
        m = _SIMPLE_END_TAG.match(rawdata, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            name = _TAG_NAME.match(rawdata, i + 2)
            if not name:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tag = name.group(1).lower()
            gtpos = rawdata.find('>', name.end())
            self.handle_endtag(tag)
            return gtpos + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # -- handlers, to be overridden

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty tag <tag/>: by default, a start tag then an
        end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
