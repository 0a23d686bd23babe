"""The ElementTree XML API: a tree of Element objects, a parser that builds
one from XML text, a serializer that writes one back, and a small XPath
subset (ElementPath) for finding elements.

minipy's parser is its own, written in Python; it reports malformed input
with the messages and (line, column) positions of the expat library that
CPython uses, for the common errors.
"""

import io
import sys
import re
import warnings
import collections

VERSION = '1.3.0'

__all__ = [
    'Comment', 'dump', 'Element', 'ElementTree', 'fromstring',
    'fromstringlist', 'indent', 'iselement', 'iterparse', 'parse',
    'ParseError', 'PI', 'ProcessingInstruction', 'QName', 'SubElement',
    'tostring', 'tostringlist', 'TreeBuilder', 'VERSION', 'XML', 'XMLID',
    'XMLParser', 'XMLPullParser', 'register_namespace',
]

_ELEMENT_NAME = 'xml.etree.ElementTree.Element'


class ParseError(SyntaxError):
    """Malformed XML.  `code` is expat's error number and `position` the
    (line, column) where the problem was found."""


def iselement(element):
    """True if ELEMENT looks like an element (has a tag)."""
    return hasattr(element, 'tag')


def _type_name(value):
    return 'None' if value is None else type(value).__name__


def _check_element(value, message):
    if not isinstance(value, Element):
        raise TypeError(f'{message} must be {_ELEMENT_NAME}, not {_type_name(value)}')


def _require_element(value):
    if not isinstance(value, Element):
        raise TypeError(f'expected an Element, not "{type(value).__name__}"')


def _check_attrib(value, message):
    if not isinstance(value, dict):
        raise TypeError(f'{message} must be dict, not {_type_name(value)}')


# ---------------------------------------------------------------------------
# Elements

class Element:
    """An XML element: a tag, a dict of attributes, text before the first
    child, tail text after the element, and a list of child elements."""

    def __init__(self, *args, **extra):
        # Written with *args so that tag and attrib stay positional and any
        # keyword becomes an attribute, as in CPython's C implementation.
        if not 1 <= len(args) <= 2:
            if not args:
                raise TypeError('Element() takes at least 1 argument (0 given)')
            raise TypeError(f'Element() takes at most 2 arguments ({len(args)} given)')
        tag = args[0]
        attrib = args[1] if len(args) == 2 else {}
        _check_attrib(attrib, 'Element() argument 2')
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return '<Element %r at %#x>' % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        """A new Element (always of the base class, as in CPython; not added to this one)."""
        return Element(tag, attrib)

    def __copy__(self):
        twin = self.makeelement(self.tag, {})
        twin.attrib = self.attrib     # a shallow copy shares the dict
        twin.text, twin.tail = self.text, self.tail
        twin._children = list(self._children)
        return twin

    def __deepcopy__(self, memo):
        import copy
        twin = self.makeelement(copy.deepcopy(self.tag, memo),
                                copy.deepcopy(self.attrib, memo))
        twin.text = copy.deepcopy(self.text, memo)
        twin.tail = copy.deepcopy(self.tail, memo)
        twin._children = [copy.deepcopy(child, memo) for child in self._children]
        return twin

    # -- the children, as a sequence --

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        if not hasattr(index, '__index__'):
            raise TypeError('element indices must be integers')
        try:
            return self._children[index]
        except IndexError:
            raise IndexError('child index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            items = list(value)
            for item in items:
                _require_element(item)
            self._children[index] = items
            return
        if not hasattr(index, '__index__'):
            raise TypeError('element indices must be integers')
        if not -len(self._children) <= index < len(self._children):
            raise IndexError('child assignment index out of range')
        _require_element(value)
        self._children[index] = value

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._children[index]
            return
        if not hasattr(index, '__index__'):
            raise TypeError('element indices must be integers')
        try:
            del self._children[index]
        except IndexError:
            raise IndexError('child deletion index out of range') from None

    def append(self, subelement):
        """Add SUBELEMENT as the last child."""
        _check_element(subelement, 'append() argument')
        self._children.append(subelement)

    def extend(self, elements):
        """Add every element of ELEMENTS as children."""
        for element in elements:
            _require_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        """Insert SUBELEMENT before the child at INDEX."""
        _check_element(subelement, 'insert() argument 2')
        self._children.insert(index, subelement)

    def remove(self, subelement):
        """Remove the child SUBELEMENT (the very object, not an equal one)."""
        for position, child in enumerate(self._children):
            if child is subelement:
                del self._children[position]
                return
        raise ValueError('list.remove(x): x not in list')

    def clear(self):
        """Drop the attributes, text, tail and children."""
        self.attrib = {}
        self._children = []
        self.text = self.tail = None

    # -- attributes --

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    # -- searching --

    def iter(self, tag=None):
        """This element and all below it, in document order; with TAG only
        those with that tag ('*' means all)."""
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        """The text and tails inside this element, in document order."""
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail

    def find(self, path, namespaces=None):
        """The first element PATH selects, or None."""
        for element in _select(self, path, namespaces):
            return element
        return None

    def findtext(self, path, default=None, namespaces=None):
        """The text of the first element PATH selects ('' if it has none),
        or DEFAULT when nothing matches."""
        element = self.find(path, namespaces)
        if element is None:
            return default
        return element.text or ''

    def findall(self, path, namespaces=None):
        """Every element PATH selects, as a list."""
        return list(_select(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        """Every element PATH selects, as an iterator."""
        yield from _select(self, path, namespaces)


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element and append it to PARENT."""
    _check_element(parent, 'SubElement() argument 1')
    _check_attrib(attrib, 'SubElement() argument 3')
    element = Element(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """A comment element; its tag is this function."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing-instruction element; its tag is this function."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = target + ' ' + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name '{uri}local', usable as a tag, an attribute name or
    an attribute value that the serializer writes with a prefix."""

    def __init__(self, text_or_uri, tag=None):
        self.text = '{%s}%s' % (text_or_uri, tag) if tag else text_or_uri

    def __repr__(self):
        return f'<{type(self).__name__} {self.text!r}>'

    def __hash__(self):
        return hash(self.text)

    def __str__(self):
        return self.text

    def _other_text(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._other_text(other)

    def __lt__(self, other):
        return self.text < self._other_text(other)

    def __le__(self, other):
        return self.text <= self._other_text(other)

    def __gt__(self, other):
        return self.text > self._other_text(other)

    def __ge__(self, other):
        return self.text >= self._other_text(other)


# ---------------------------------------------------------------------------
# ElementPath: the XPath subset understood by find() and friends

_PREDICATE_FORMS = [
    ('attr_test', re.compile(r"@([^\s=!\[\]()@/'\"]+)\s*(!?=)\s*(?:'([^']*)'|\"([^\"]*)\")$")),
    ('attr', re.compile(r"@([^\s=!\[\]()@/'\"]+)$")),
    ('text_test', re.compile(r"([^\s=!\[\]()@/'\"]+)\s*(!?=)\s*(?:'([^']*)'|\"([^\"]*)\")$")),
    ('last', re.compile(r"last\(\)\s*(?:-\s*(\d+))?$")),
    ('position', re.compile(r"(-?\d+)$")),
    ('function', re.compile(r"[^\s=!\[\]()@/'\"]+\(\)$")),
    ('child', re.compile(r"([^\s=!\[\]()@/'\"]+)$")),
]


class _PathStep:
    """One step of a path: how to move from the context (axis), what to
    match, and the predicates that filter the result."""

    def __init__(self, axis, name):
        self.axis = axis            # 'child', 'descendant', 'self' or 'parent'
        self.name = name
        self.predicates = []


def _expand_prefix(name, namespaces, for_tag=True):
    """Turn 'p:local' into '{uri}local' using NAMESPACES."""
    if not namespaces or name.startswith('{'):
        return name
    if ':' in name:
        prefix, local = name.split(':', 1)
        if prefix not in namespaces:
            raise SyntaxError('prefix %r not found in prefix map' % prefix)
        return '{%s}%s' % (namespaces[prefix], local)
    default = namespaces.get('')
    if for_tag and default and name != '*':
        return '{%s}%s' % (default, name)
    return name


def _tag_matcher(name):
    """A predicate on elements for the tag NAME (with the wildcards '*',
    '{*}local', '{}local', '{uri}*', '{*}*' and '{}*')."""
    if name == '*':
        return lambda element: True
    if name == '{*}*':
        return lambda element: isinstance(element.tag, str)
    if name == '{}*':
        return lambda element: isinstance(element.tag, str) and not element.tag.startswith('{')
    if name.startswith('{*}'):
        local = name[3:]
        return lambda element: (isinstance(element.tag, str) and
                                (element.tag == local or element.tag.endswith('}' + local)))
    if name.startswith('{}'):
        plain = name[2:]
        return lambda element: element.tag == plain
    if name.endswith('}*'):
        namespace = name[:-1]
        return lambda element: (isinstance(element.tag, str)
                                and element.tag.startswith(namespace))
    return lambda element: element.tag == name


def _parse_path(path, namespaces):
    """Split PATH into _PathStep objects."""
    if path.startswith('/'):
        raise SyntaxError('cannot use absolute path on element')
    steps = []
    pos = 0
    axis = 'child'
    while pos < len(path):
        if path.startswith('..', pos):
            step = _PathStep('parent', None)
            pos += 2
        elif path.startswith('.', pos):
            step = _PathStep('self', None)
            pos += 1
        else:
            end = _name_end(path, pos)
            name = _expand_prefix(path[pos:end], namespaces)
            step = _PathStep(axis, name)
            pos = end
        while path.startswith('[', pos):
            close = path.find(']', pos)
            if close < 0:
                raise SyntaxError('invalid predicate')
            step.predicates.append(_parse_predicate(path[pos + 1:close], namespaces))
            pos = close + 1
        steps.append(step)
        axis = 'child'
        if path.startswith('//', pos):
            axis = 'descendant'
            pos += 2
        elif path.startswith('/', pos):
            pos += 1
        else:
            break
        if pos == len(path):
            # A trailing '/' or '//' selects every child or descendant.
            steps.append(_PathStep(axis, '*'))
    if pos < len(path):
        return None     # junk after a step selects nothing, as CPython's
    return steps


def _name_end(path, pos):
    """Where the tag name starting at POS ends (a {uri} part may hold '/')."""
    if path.startswith('{', pos):
        close = path.find('}', pos)
        if close >= 0:
            pos = close + 1
    while pos < len(path) and path[pos] not in '/[]':
        pos += 1
    return pos


def _parse_predicate(text, namespaces):
    """A (kind, ...) tuple for the text between '[' and ']'."""
    for kind, pattern in _PREDICATE_FORMS:
        found = pattern.match(text)
        if not found:
            continue
        if kind in ('attr_test', 'text_test'):
            name, operator = found.group(1), found.group(2)
            value = found.group(3) if found.group(3) is not None else found.group(4)
            if kind == 'attr_test':
                name = _expand_prefix(name, namespaces, for_tag=False)
            elif name != '.':
                name = _expand_prefix(name, namespaces)
            return kind, name, operator == '=', value
        if kind == 'attr':
            return kind, _expand_prefix(found.group(1), namespaces, for_tag=False)
        if kind == 'last':
            return 'index', -1 - int(found.group(1) or 0)
        if kind == 'position':
            number = int(found.group(1))
            if number < 1:
                raise SyntaxError('XPath position >= 1 expected')
            return 'index', number - 1
        if kind == 'function':
            raise SyntaxError('unsupported function')
        return kind, _expand_prefix(found.group(1), namespaces)
    raise SyntaxError('invalid predicate')


def _all_text(element):
    return ''.join(element.itertext())


class _PathContext:
    """What the steps need besides the elements: the element the search
    started from, and (built on first use) a child -> parent map."""

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parent_of(self, element):
        if self._parents is None:
            self._parents = {}
            for parent in self.root.iter():
                for child in parent:
                    self._parents[id(child)] = parent
        return self._parents.get(id(element))


def _apply_step(step, elements, context):
    if step.axis == 'self':
        found = list(elements)
    elif step.axis == 'parent':
        found, seen = [], set()
        for element in elements:
            parent = context.parent_of(element)
            if parent is not None and id(parent) not in seen:
                seen.add(id(parent))
                found.append(parent)
    else:
        matches = _tag_matcher(step.name)
        found = []
        for element in elements:
            if step.axis == 'child':
                found.extend(child for child in element if matches(child))
            else:
                found.extend(below for below in element.iter()
                             if below is not element and matches(below))
    for predicate in step.predicates:
        found = [element for element in found
                 if _predicate_holds(predicate, element, context)]
    return found


def _predicate_holds(predicate, element, context):
    kind = predicate[0]
    if kind == 'attr':
        return element.get(predicate[1]) is not None
    if kind == 'attr_test':
        _, name, equal, value = predicate
        actual = element.get(name)
        if actual is None:
            return False
        return (actual == value) == equal
    if kind == 'text_test':
        _, name, equal, value = predicate
        if name == '.':
            return (_all_text(element) == value) == equal
        return any((_all_text(child) == value) == equal
                   for child in element.findall(name))
    if kind == 'child':
        return element.find(predicate[1]) is not None
    # A position counts among the parent's children with the same tag.
    parent = context.parent_of(element)
    if parent is None:
        return False
    siblings = [child for child in parent if child.tag == element.tag]
    try:
        return siblings[predicate[1]] is element
    except IndexError:
        return False


def _select(element, path, namespaces):
    """The elements PATH selects starting from ELEMENT, in order."""
    steps = _parse_path(path, namespaces)
    if not steps:
        return iter(())
    context = _PathContext(element)
    current = [element]
    for step in steps:
        current = _apply_step(step, current, context)
    return iter(current)


# ---------------------------------------------------------------------------
# Documents

class ElementTree:
    """A whole document: a root element, with parsing from and writing to
    files."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Read a document from a file name or a file object; return its root."""
        if parser is None:
            parser = XMLParser()
        if hasattr(source, 'read'):
            _feed_from(source, parser)
        else:
            with open(source, 'rb') as file:
                _feed_from(file, parser)
        self._root = parser.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        # A path from the document root is treated as one from the root
        # element, with CPython's warning that this may change.
        if path[:1] == '/':
            path = '.' + path
            warnings.warn(
                'This search is broken in 1.3 and earlier, and will be fixed '
                'in a future version.  If you rely on the current behaviour, '
                'change it to %r' % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        """Write the document to a file name or a file object.  With
        encoding 'unicode' a str is written, otherwise bytes."""
        data = _serialize_document(self._root, encoding, xml_declaration,
                                   default_namespace, method, short_empty_elements)
        if hasattr(file_or_filename, 'write'):
            file_or_filename.write(data)
            return
        if isinstance(data, str):
            with open(file_or_filename, 'w', encoding='utf-8') as f:
                f.write(data)
        else:
            with open(file_or_filename, 'wb') as f:
                f.write(data)


def _feed_from(file, parser):
    """Give PARSER everything FILE holds, a piece at a time."""
    chunk = file.read(65536)
    while chunk:
        parser.feed(chunk)
        chunk = file.read(65536)


# ---------------------------------------------------------------------------
# Serialization

_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}

_HTML_VOID = frozenset([
    'area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'img',
    'input', 'isindex', 'link', 'meta', 'param', 'source', 'track', 'wbr',
])

_HTML_RAW_TEXT = frozenset(['script', 'style'])


def register_namespace(prefix, uri):
    """Use PREFIX for URI when serializing (replacing any earlier prefix)."""
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _cannot_serialize(value):
    raise TypeError('cannot serialize %r (type %s)' % (value, type(value).__name__))


# The characters an XML attribute value must not contain literally; the
# whitespace ones would be turned into spaces by a parser.  Text needs
# only the first three ('&' must come first).
_ATTRIBUTE_ESCAPES = [('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'), ('"', '&quot;'),
                      ('\r', '&#13;'), ('\n', '&#10;'), ('\t', '&#09;')]
_TEXT_ESCAPES = _ATTRIBUTE_ESCAPES[:3]
_HTML_ATTRIBUTE_ESCAPES = [('&', '&amp;'), ('>', '&gt;'), ('"', '&quot;')]


def _escape_attribute(value, escapes=_ATTRIBUTE_ESCAPES):
    if not isinstance(value, str):
        _cannot_serialize(value)
    for char, entity in escapes:
        if char in value:
            value = value.replace(char, entity)
    return value


def _escape_text(text):
    return _escape_attribute(text, _TEXT_ESCAPES)


class _Names:
    """Prefixed names for every qualified name in a tree, and the
    namespace declarations the top element must carry."""

    def __init__(self, root, default_namespace):
        self.qualified = {}
        self.prefixes = {}      # uri -> prefix
        if default_namespace:
            self.prefixes[default_namespace] = ''
        self.default_namespace = default_namespace
        for element in root.iter():
            self._collect(element)

    def _add(self, name):
        if name in self.qualified:
            return
        if name[:1] != '{':
            if self.default_namespace:
                raise ValueError(
                    'cannot use non-qualified names with default_namespace option')
            self.qualified[name] = name
            return
        uri, _, local = name[1:].partition('}')
        prefix = self.prefixes.get(uri)
        if prefix is None:
            prefix = _namespace_map.get(uri)
            if prefix is None:
                prefix = 'ns%d' % len(self.prefixes)
            if prefix != 'xml':
                self.prefixes[uri] = prefix
        self.qualified[name] = f'{prefix}:{local}' if prefix else local

    def _collect(self, element):
        tag = element.tag
        if isinstance(tag, QName):
            self._add(tag.text)
        elif isinstance(tag, str):
            self._add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _cannot_serialize(tag)
        for key, value in element.items():
            if isinstance(key, QName):
                key = key.text
            if not isinstance(key, str):
                _cannot_serialize(key)
            self._add(key)
            if isinstance(value, QName):
                self._add(value.text)
        if isinstance(element.text, QName):
            self._add(element.text.text)

    def name(self, name):
        if isinstance(name, QName):
            name = name.text
        return self.qualified[name]

    def declarations(self):
        """The xmlns attributes, ordered by prefix."""
        ordered = sorted(self.prefixes.items(), key=lambda item: item[1])
        return [(f'xmlns:{prefix}' if prefix else 'xmlns', _escape_attribute(uri))
                for uri, prefix in ordered]


class _Writer:
    """Turns a tree into a list of text pieces for one output method."""

    def __init__(self, method, names, short_empty_elements):
        self.html = method == 'html'
        self.names = names
        self.short_empty = short_empty_elements
        self.parts = []
        self.write = self.parts.append

    def _value_text(self, value):
        if isinstance(value, QName):
            return self.names.name(value)
        if self.html:
            return _escape_attribute(value, _HTML_ATTRIBUTE_ESCAPES)
        return _escape_attribute(value)

    def element(self, element, declarations):
        tag = element.tag
        if tag is Comment:
            self.write('<!--%s-->' % (_escape_text(element.text) if self.html else element.text))
        elif tag is PI:
            self.write('<?%s?>' % (_escape_text(element.text) if self.html else element.text))
        elif tag is None:
            if element.text:
                self.write(_escape_text(element.text))
            for child in element:
                self.element(child, None)
        else:
            self._tagged(element, declarations)
        if element.tail:
            self.write(_escape_text(element.tail))

    def _tagged(self, element, declarations):
        name = self.names.name(element.tag)
        self.write('<' + name)
        for attribute, value in declarations or ():
            self.write(f' {attribute}="{value}"')
        for key, value in element.items():
            self.write(f' {self.names.name(key)}="{self._value_text(value)}"')
        text = element.text
        if self.html:
            self._html_body(element, name)
        elif text or len(element) or not self.short_empty:
            self.write('>')
            if text:
                self.write(self.names.name(text) if isinstance(text, QName)
                           else _escape_text(text))
            for child in element:
                self.element(child, None)
            self.write('</' + name + '>')
        else:
            self.write(' />')

    def _html_body(self, element, name):
        self.write('>')
        lowered = name.lower()
        if element.text:
            raw = lowered in _HTML_RAW_TEXT
            self.write(element.text if raw else _escape_text(element.text))
        for child in element:
            self.element(child, None)
        if lowered not in _HTML_VOID:
            self.write('</' + name + '>')


def _check_method(method):
    method = 'xml' if method is None else method.lower()
    if method not in ('xml', 'html', 'text'):
        raise ValueError('unknown method %r' % method)
    return method


def _serialize_parts(root, method, default_namespace, short_empty_elements):
    """The document's text as a list of pieces."""
    if method == 'text':
        pieces = list(root.itertext())
        if root.tail:
            pieces.append(root.tail)
        return pieces
    names = _Names(root, default_namespace)
    writer = _Writer(method, names, short_empty_elements)
    writer.element(root, names.declarations())
    return writer.parts


def _declaration(encoding, method, xml_declaration):
    """The '<?xml ...?>' line to start with, or ''."""
    if method != 'xml':
        return ''
    lowered = encoding.lower()
    if xml_declaration or (xml_declaration is None and lowered not in
                           ('utf-8', 'us-ascii', 'unicode')):
        declared = 'utf-8' if lowered == 'unicode' else encoding
        return "<?xml version='1.0' encoding='%s'?>\n" % declared
    return ''


def _serialize_document(root, encoding, xml_declaration, default_namespace,
                        method, short_empty_elements, as_list=False):
    method = _check_method(method)
    if not encoding:
        encoding = 'us-ascii'
    parts = _serialize_parts(root, method, default_namespace, short_empty_elements)
    heading = _declaration(encoding, method, xml_declaration)
    if heading:
        parts.insert(0, heading)
    if encoding.lower() == 'unicode':
        return parts if as_list else ''.join(parts)
    data = ''.join(parts).encode(encoding, 'xmlcharrefreplace')
    return [data] if as_list else data


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The serialized ELEMENT: bytes in ENCODING (default us-ascii), or a
    str with encoding='unicode'."""
    return _serialize_document(element, encoding, xml_declaration,
                               default_namespace, method, short_empty_elements)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """tostring()'s result as a list of pieces."""
    return _serialize_document(element, encoding, xml_declaration,
                               default_namespace, method, short_empty_elements,
                               as_list=True)


def dump(elem):
    """Print an element or tree to standard output (for debugging)."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    text = tostring(elem.getroot(), encoding='unicode')
    sys.stdout.write(text)
    if not text.endswith('\n'):
        sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    """Add whitespace text and tails so the tree prints one element per
    line, indented by SPACE per level (text that is not whitespace is kept)."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f'Initial indentation level must be >= 0, got {level}')
    if len(tree):
        _indent_children(tree, '\n' + level * space, space)


def _blank(text):
    return not text or not text.strip()


def _indent_children(element, own_indent, space):
    child_indent = own_indent + space
    if _blank(element.text):
        element.text = child_indent
    for child in element:
        if len(child):
            _indent_children(child, child_indent, space)
        if _blank(child.tail):
            child.tail = child_indent
    # The last child's tail leads up to the parent's closing tag.
    last = element[-1]
    if not last.tail.strip():
        last.tail = own_indent


# ---------------------------------------------------------------------------
# Building trees from parser events

class TreeBuilder:
    """A parser target that builds a tree of elements from start / data /
    end (and optionally comment and pi) calls."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._open = []
        self._last = None
        self._root = None
        self._in_tail = False
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self._insert_comments = insert_comments
        self._insert_pis = insert_pis

    def close(self):
        """The root element of the finished tree."""
        assert len(self._open) == 0, 'missing end tags'
        assert self._root is not None, 'missing toplevel element'
        return self._root

    def _flush(self):
        """Store the text collected since the last event as text or tail."""
        if self._data:
            if self._last is not None:
                text = ''.join(self._data)
                if self._in_tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        element = self._factory(tag, attrs)
        if self._open:
            self._open[-1].append(element)
        elif self._root is None:
            self._root = element
        self._open.append(element)
        self._last = element
        self._in_tail = False
        return element

    def end(self, tag):
        self._flush()
        self._last = self._open.pop()
        self._in_tail = True
        return self._last

    def _single(self, factory, insert, *args):
        element = factory(*args)
        if insert:
            self._flush()
            self._last = element
            if self._open:
                self._open[-1].append(element)
            self._in_tail = True
        return element

    def comment(self, text):
        return self._single(self._comment_factory, self._insert_comments, text)

    def pi(self, target, text=None):
        return self._single(self._pi_factory, self._insert_pis, target, text)


# ---------------------------------------------------------------------------
# The parser

# expat's error numbers and messages for the errors minipy reports.
_ERRORS = {
    2: 'syntax error',
    3: 'no element found',
    4: 'not well-formed (invalid token)',
    5: 'unclosed token',
    7: 'mismatched tag',
    8: 'duplicate attribute',
    9: 'junk after document element',
    11: 'undefined entity',
    12: 'recursive entity reference',
    14: 'reference to invalid character number',
    17: 'XML or text declaration not at start of entity',
    20: 'unclosed CDATA section',
    27: 'unbound prefix',
}

_SYNTAX, _NO_ELEMENT, _INVALID, _UNCLOSED, _MISMATCH = 2, 3, 4, 5, 7
_DUPLICATE, _JUNK, _UNDEFINED, _RECURSIVE, _BAD_CHAR_REF = 8, 9, 11, 12, 14
_MISPLACED_DECL, _UNCLOSED_CDATA, _UNBOUND = 17, 20, 27

_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
_SPACE = ' \t\n'


class _NeedMore(Exception):
    """The buffer ends inside a token; wait for more data."""


class _ParseFailure(Exception):
    """An error found at a buffer index; turned into ParseError."""

    def __init__(self, code, index, message=None):
        super().__init__(code, index)
        self.code = code
        self.index = index
        self.message = message or _ERRORS[code]


def _is_name_start(char):
    return char.isalpha() or char in '_:' or ord(char) > 0x7F


def _is_name_char(char):
    return char.isalnum() or char in '_:.-' or ord(char) > 0x7F


def _is_xml_char(code):
    return (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF
            or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF)


def _bad_char_index(text, start, end):
    """The index of the first character in text[start:end] XML forbids, or -1."""
    for index in range(start, end):
        code = ord(text[index])
        if code < 0x20 and code not in (0x9, 0xA, 0xD):
            return index
        if code in (0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
            return index
    return -1


class _Scanner:
    """Reads markup from a growing text buffer and reports what it finds
    to an XMLParser.  Indices are into self.text; line numbers are kept
    for the part of the buffer already consumed."""

    def __init__(self, parser):
        self.parser = parser
        self.text = ''
        self.pos = 0
        self.final = False
        self.line = 1
        self.line_start = 0      # buffer index of the current line's start
        self.state = 'start'     # start, prolog, content, epilog
        self.open_tags = []      # raw names of the open elements
        self.entities = {}       # declared in the DOCTYPE
        self.external_dtd = False   # the DOCTYPE names an external subset

    # -- positions --

    def position(self, index):
        """(line, column) of a buffer index at or after self.pos."""
        newlines = self.text.count('\n', self.pos, index)
        line = self.line + newlines
        if newlines:
            start = self.text.rfind('\n', self.pos, index) + 1
        else:
            start = self.line_start
        return line, index - start

    def advance(self, index):
        """Consume the buffer up to INDEX."""
        newlines = self.text.count('\n', self.pos, index)
        if newlines:
            self.line += newlines
            self.line_start = self.text.rfind('\n', self.pos, index) + 1
        self.pos = index

    def compact(self):
        if self.pos > 65536:
            self.line_start -= self.pos
            self.text = self.text[self.pos:]
            self.pos = 0

    def fail(self, code, index, message=None):
        raise _ParseFailure(code, index, message)

    def char(self, index, start):
        """The character at INDEX; at the end of the data an unfinished
        token (begun at START) either waits or is an error."""
        if index < len(self.text):
            return self.text[index]
        if not self.final:
            raise _NeedMore
        self.fail(_UNCLOSED, start)

    # -- the main loop --

    def run(self):
        """Process every complete token in the buffer."""
        try:
            while self.pos < len(self.text):
                if self.state == 'content':
                    self.content_token()
                else:
                    self.outside_token()
        except _NeedMore:
            pass
        self.compact()
        if self.final:
            self.finish()

    def finish(self):
        if self.state != 'epilog':
            self.fail(_NO_ELEMENT, len(self.text))

    def outside_token(self):
        """A token before or after the root element."""
        text, pos = self.text, self.pos
        if self.state == 'start':
            # Only the very first token may be the XML declaration.
            head = text[pos:pos + 6]
            if not self.final and len(head) < 6 and '<?xml '.startswith(head):
                raise _NeedMore
            if len(head) == 6 and head.startswith('<?xml') and head[5] in _SPACE + '?':
                self.processing_instruction(pos, declaration=True)
                self.state = 'prolog'
                return
            self.state = 'prolog'
        char = text[pos]
        if char in _SPACE:
            end = pos
            while end < len(text) and text[end] in _SPACE:
                end += 1
            self.advance(end)
            return
        if char != '<':
            bad = _bad_char_index(text, pos, pos + 1)
            if bad >= 0:
                self.fail(_INVALID, bad)
            self.fail(_SYNTAX if self.state == 'prolog' else _JUNK, pos)
        after = self.char(pos + 1, pos)
        if after == '?':
            self.processing_instruction(pos)
        elif after == '!':
            self.declaration_or_comment(pos)
        elif self.state == 'epilog':
            if after == '/' or not _is_name_start(after):
                self.fail(_INVALID, pos + 1)
            self.fail(_JUNK, pos)
        elif after == '/':
            self.fail(_SYNTAX, pos)
        else:
            self.start_tag(pos)

    def content_token(self):
        text, pos = self.text, self.pos
        char = text[pos]
        if char == '<':
            after = self.char(pos + 1, pos)
            if after == '/':
                self.end_tag(pos)
            elif after == '?':
                self.processing_instruction(pos)
            elif after == '!':
                self.declaration_or_comment(pos)
            else:
                self.start_tag(pos)
        elif char == '&':
            end, value, is_text = self.reference(pos, in_attribute=False)
            self.advance(end)
            if is_text:
                self.parser._data(value)
            else:
                self.expand_entity(value, pos)
        else:
            self.character_data(pos)

    def character_data(self, pos):
        text = self.text
        end = pos
        limit = len(text)
        while end < limit and text[end] not in '<&':
            end += 1
        if end == limit and not self.final:
            # Keep back a possible start of ']]>' until more data comes.
            while end > pos and text[end - 1] == ']':
                end -= 1
            if end == pos:
                raise _NeedMore
        bad = _bad_char_index(text, pos, end)
        marker = text.find(']]>', pos, end)
        if marker >= 0 and (bad < 0 or marker + 2 < bad):
            self.fail(_INVALID, marker + 2)
        if bad >= 0:
            self.fail(_INVALID, bad)
        self.advance(end)
        self.parser._data(text[pos:end])

    # -- names and references --

    def name(self, index, start):
        """Scan a name at INDEX; return its end."""
        char = self.char(index, start)
        if not _is_name_start(char):
            self.fail(_INVALID, index)
        index += 1
        while _is_name_char(self.char(index, start)):
            index += 1
        return index

    def skip_space(self, index, start):
        while self.char(index, start) in _SPACE:
            index += 1
        return index

    def reference(self, pos, in_attribute, start=None):
        """An '&...;' reference at POS: (end, value, is_text).  For an
        entity whose replacement must itself be parsed, value is its name."""
        start = pos if start is None else start
        if self.char(pos + 1, start) == '#':
            return self.char_reference(pos, start)
        end = self.name(pos + 1, start)
        if self.char(end, start) != ';':
            self.fail(_INVALID, end)
        name = self.text[pos + 1:end]
        if name in _PREDEFINED:
            return end + 1, _PREDEFINED[name], True
        if name not in self.entities:
            if not self.external_dtd:
                self.fail(_UNDEFINED, pos)
            # The external DTD might declare it: an attribute drops the
            # reference, content looks it up in XMLParser.entity.
            if in_attribute:
                return end + 1, '', True
            if name not in self.parser.entity:
                self.fail(_UNDEFINED, pos, 'undefined entity &%s;' % name)
            return end + 1, self.parser.entity[name], True
        value = self.entities[name]
        if in_attribute or ('<' not in value and '&' not in value):
            if in_attribute and '<' in value:
                self.fail(_INVALID, pos)
            return end + 1, self.expand_in_value(value, name, pos), True
        return end + 1, name, False

    def char_reference(self, pos, start):
        index = pos + 2
        base, digits = 10, '0123456789'
        if self.char(index, start) == 'x':
            base, digits = 16, '0123456789abcdefABCDEF'
            index += 1
        first = index
        while self.char(index, start) in digits:
            index += 1
        if index == first or self.char(index, start) != ';':
            self.fail(_INVALID, index)
        code = int(self.text[first:index], base)
        if not _is_xml_char(code):
            self.fail(_BAD_CHAR_REF, pos)
        return index + 1, chr(code), True

    def expand_in_value(self, value, name, where, depth=0):
        """An entity's replacement text with its own references resolved."""
        if depth > 20 or '&' + name + ';' in value:
            self.fail(_RECURSIVE, where)
        pieces = []
        index = 0
        while True:
            amp = value.find('&', index)
            if amp < 0:
                pieces.append(value[index:])
                break
            pieces.append(value[index:amp])
            semi = value.find(';', amp)
            if semi < 0:
                self.fail(_INVALID, where)
            ref = value[amp + 1:semi]
            if ref.startswith('#x'):
                pieces.append(chr(int(ref[2:], 16)))
            elif ref.startswith('#'):
                pieces.append(chr(int(ref[1:])))
            elif ref in _PREDEFINED:
                pieces.append(_PREDEFINED[ref])
            elif ref in self.entities:
                pieces.append(self.expand_in_value(self.entities[ref], ref, where, depth + 1))
            else:
                self.fail(_UNDEFINED, where)
            index = semi + 1
        return ''.join(pieces)

    def expand_entity(self, name, where):
        """Parse an entity's replacement text as content, in place."""
        nested = _Scanner(self.parser)
        nested.entities = self.entities
        nested.external_dtd = self.external_dtd
        nested.state = 'content'
        nested.text = self.entities[name]
        nested.final = True
        nested.depth = getattr(self, 'depth', 0) + 1
        if nested.depth > 20:
            self.fail(_RECURSIVE, where)
        try:
            while nested.pos < len(nested.text):
                nested.content_token()
        except _ParseFailure as failure:
            self.fail(failure.code, where, failure.message)

    # -- tags --

    def start_tag(self, pos):
        index = self.name(pos + 1, pos)
        tag = self.text[pos + 1:index]
        attributes = []
        while True:
            char = self.char(index, pos)
            if char == '>':
                end, empty = index + 1, False
                break
            if char == '/':
                if self.char(index + 1, pos) != '>':
                    self.fail(_INVALID, index + 1)
                end, empty = index + 2, True
                break
            if char not in _SPACE:
                self.fail(_INVALID, index)
            index = self.skip_space(index, pos)
            if self.char(index, pos) in '/>':
                continue
            index = self.attribute(index, pos, attributes)
        self.check_duplicates(attributes)
        where = self.position(pos)
        self.advance(end)
        self.parser._start(tag, attributes, where)
        if self.state != 'content':
            self.state = 'content'
        if empty:
            self.parser._end(tag)
            if not self.open_tags:
                self.state = 'epilog'
        else:
            self.open_tags.append(tag)

    def attribute(self, index, start, attributes):
        name_end = self.name(index, start)
        name = self.text[index:name_end]
        cursor = self.skip_space(name_end, start)
        if self.char(cursor, start) != '=':
            self.fail(_INVALID, cursor)
        cursor = self.skip_space(cursor + 1, start)
        quote = self.char(cursor, start)
        if quote not in '"\'':
            self.fail(_INVALID, cursor)
        cursor += 1
        pieces = []
        while True:
            char = self.char(cursor, start)
            if char == quote:
                break
            if char == '<':
                self.fail(_INVALID, cursor)
            if char == '&':
                cursor, value, _ = self.reference(cursor, in_attribute=True, start=start)
                pieces.append(value)
                continue
            if _bad_char_index(char, 0, 1) >= 0:
                self.fail(_INVALID, cursor)
            # Attribute-value normalization: whitespace becomes a space.
            pieces.append(' ' if char in '\t\n' else char)
            cursor += 1
        attributes.append((name, ''.join(pieces), index))
        return cursor + 1

    def check_duplicates(self, attributes):
        seen = set()
        for name, _, index in attributes:
            if name in seen:
                self.fail(_DUPLICATE, index)
            seen.add(name)

    def end_tag(self, pos):
        index = self.name(pos + 2, pos)
        tag = self.text[pos + 2:index]
        index = self.skip_space(index, pos)
        if self.char(index, pos) != '>':
            self.fail(_INVALID, index)
        if not self.open_tags or self.open_tags[-1] != tag:
            self.fail(_MISMATCH, pos + 2)
        self.advance(index + 1)
        self.open_tags.pop()
        self.parser._end(tag)
        if not self.open_tags and not getattr(self, 'depth', 0):
            self.state = 'epilog'

    # -- comments, processing instructions, CDATA, DOCTYPE --

    def find_or_wait(self, marker, index, start, code=_UNCLOSED):
        found = self.text.find(marker, index)
        if found >= 0:
            return found
        if not self.final:
            raise _NeedMore
        self.fail(code, start if code == _UNCLOSED else len(self.text))

    def processing_instruction(self, pos, declaration=False):
        index = self.name(pos + 2, pos)
        target = self.text[pos + 2:index]
        close = self.find_or_wait('?>', index, pos)
        if self.text[index] != '?' and self.text[index] not in _SPACE:
            self.fail(_INVALID, index)
        data = self.text[index:close].lstrip(_SPACE)
        if target.lower() == 'xml':
            if not declaration:
                self.fail(_JUNK if self.state == 'epilog' else _MISPLACED_DECL, pos)
            self.advance(close + 2)
            return
        bad = _bad_char_index(self.text, index, close)
        if bad >= 0:
            self.fail(_INVALID, bad)
        self.advance(close + 2)
        self.parser._pi(target, data)

    def declaration_or_comment(self, pos):
        text = self.text
        if text.startswith('<!--', pos):
            self.comment(pos)
        elif text.startswith('<![CDATA[', pos) and self.state == 'content':
            close = self.find_or_wait(']]>', pos + 9, pos, _UNCLOSED_CDATA)
            bad = _bad_char_index(text, pos + 9, close)
            if bad >= 0:
                self.fail(_INVALID, bad)
            self.advance(close + 3)
            self.parser._cdata(text[pos + 9:close])
        elif text.startswith('<!DOCTYPE', pos) and self.state == 'prolog':
            self.doctype(pos)
        elif not self.final and len(text) - pos < 9 and (
                '<!--'.startswith(text[pos:pos + 4]) or '<![CDATA['.startswith(text[pos:])
                or '<!DOCTYPE'.startswith(text[pos:])):
            raise _NeedMore
        else:
            self.fail(_INVALID, pos + 2)

    def comment(self, pos):
        # '--' may only appear as the start of the closing '-->'.
        dashes = self.find_or_wait('--', pos + 4, pos)
        if self.char(dashes + 2, pos) != '>':
            self.fail(_INVALID, dashes + 2)
        bad = _bad_char_index(self.text, pos + 4, dashes)
        if bad >= 0:
            self.fail(_INVALID, bad)
        self.advance(dashes + 3)
        self.parser._comment(self.text[pos + 4:dashes])

    def doctype(self, pos):
        """Skip a DOCTYPE, remembering the internal entities it declares."""
        text = self.text
        index = pos + 9
        quote = None
        subset_start = None
        while True:
            char = self.char(index, pos)
            if quote:
                if char == quote:
                    quote = None
            elif char in '"\'':
                quote = char
            elif char == '[' and subset_start is None:
                subset_start = index + 1
                heading = text[pos + 9:index].split()
                self.external_dtd = 'SYSTEM' in heading or 'PUBLIC' in heading
            elif char == ']' and subset_start is not None:
                self.read_entities(text[subset_start:index])
                subset_start = -1
            elif char == '>' and (subset_start is None or subset_start == -1):
                if subset_start is None:
                    heading = text[pos + 9:index].split()
                    self.external_dtd = 'SYSTEM' in heading or 'PUBLIC' in heading
                break
            index += 1
        self.advance(index + 1)

    def read_entities(self, subset):
        pattern = r'<!ENTITY\s+([^\s%]+)\s+(?:"([^"]*)"|\'([^\']*)\')\s*>'
        for found in re.finditer(pattern, subset):
            name = found.group(1)
            value = found.group(2) if found.group(2) is not None else found.group(3)
            self.entities.setdefault(name, value)


def _sniff_encoding(data):
    """(encoding, bytes to skip) from a BOM or the XML declaration."""
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8', 3
    if data.startswith(b'\xff\xfe'):
        return 'utf-16-le', 2
    if data.startswith(b'\xfe\xff'):
        return 'utf-16-be', 2
    if data.startswith(b'<?xml'):
        end = data.find(b'?>')
        head = data[:end if end >= 0 else len(data)]
        found = re.search(rb'encoding\s*=\s*["\']([A-Za-z0-9._-]+)["\']', head)
        if found:
            return found.group(1).decode('ascii'), 0
    return 'utf-8', 0


def _encoding_undecided(data):
    """True while DATA may still be the start of a BOM or of an XML
    declaration that names the encoding."""
    if len(data) < 3 and b'\xef\xbb\xbf'.startswith(data):
        return True
    if len(data) < 5:
        return b'<?xml'.startswith(data)
    return data.startswith(b'<?xml') and b'?>' not in data and len(data) < 4096


class XMLParser:
    """An XML parser that reports to TARGET (a TreeBuilder by default):
    start, end, data, comment, pi, start_ns, end_ns and close."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self.entity = {}
        self._encoding = encoding
        self._decoder = None
        self._raw = b''
        self._scanner = _Scanner(self)
        self._namespaces = []       # one list of (prefix, uri) per open element
        self._events = None         # (queue, wanted events) for pull parsing
        self._closed = False

    def _setevents(self, queue, events):
        self._events = (queue, frozenset(events))

    def _report(self, event, value):
        if self._events is not None and event in self._events[1]:
            self._events[0].append((event, value))

    # -- feeding --

    def _decode(self, data, final):
        if self._decoder is None:
            if not final and _encoding_undecided(data):
                self._raw = data
                return ''
            encoding, skip = self._encoding, 0
            if encoding is None:
                encoding, skip = _sniff_encoding(data)
            import codecs
            self._decoder = codecs.getincrementaldecoder(encoding)()
            data = data[skip:]
        return self._decoder.decode(data, final)

    def feed(self, data):
        """Parse more of the document."""
        if isinstance(data, (bytes, bytearray)):
            pending, self._raw = self._raw + bytes(data), b''
            text = self._decode(pending, False)
        else:
            text = data
        self._push(text, final=False)

    def close(self):
        """Finish the document; return the target's close() result."""
        if self._raw or self._decoder is not None:
            pending, self._raw = self._raw, b''
            text = self._decode(pending, True)
        else:
            text = ''
        self._push(text, final=True)
        self._closed = True
        closer = getattr(self.target, 'close', None)
        return closer() if closer else None

    def _push(self, text, final):
        scanner = self._scanner
        if text:
            # Line ends are normalized to '\n' as XML requires; a '\r' at
            # the end of a piece may still be followed by its '\n'.
            text = getattr(self, '_pending_cr', '') + text
            self._pending_cr = ''
            if text.endswith('\r') and not final:
                text, self._pending_cr = text[:-1], '\r'
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        elif final and getattr(self, '_pending_cr', ''):
            text, self._pending_cr = '\n', ''
        scanner.text += text
        scanner.final = final
        try:
            scanner.run()
        except _ParseFailure as failure:
            self._raise(failure.code, scanner.position(failure.index), failure.message)

    def _raise(self, code, position, message=None):
        line, column = position
        error = ParseError(f'{message or _ERRORS[code]}: line {line}, column {column}')
        error.code = code
        error.position = position
        raise error

    # -- events from the scanner --

    def _resolve(self, name, is_attribute, position):
        """'{uri}local' for a prefixed name (or an unprefixed tag in a
        default namespace)."""
        prefix, colon, local = name.rpartition(':')
        if not colon:
            if is_attribute:
                return name
            uri = self._lookup('')
            return '{%s}%s' % (uri, name) if uri else name
        if prefix == 'xml':
            return '{%s}%s' % (_XML_NAMESPACE, local)
        uri = self._lookup(prefix)
        if uri is None:
            self._raise(_UNBOUND, position)
        return '{%s}%s' % (uri, local)

    def _lookup(self, prefix):
        for scope in reversed(self._namespaces):
            for known, uri in reversed(scope):
                if known == prefix:
                    return uri
        return None

    def _start(self, raw_tag, attributes, position):
        declared = []
        plain = []
        for name, value, _ in attributes:
            if name == 'xmlns':
                declared.append(('', value))
            elif name.startswith('xmlns:'):
                declared.append((name[6:], value))
            else:
                plain.append((name, value))
        self._namespaces.append(declared)
        for prefix, uri in declared:
            self._report('start-ns', (prefix, uri))
            handler = getattr(self.target, 'start_ns', None)
            if handler:
                handler(prefix, uri)
        tag = self._resolve(raw_tag, False, position)
        attrib = {}
        for name, value in plain:
            attrib[self._resolve(name, True, position)] = value
        handler = getattr(self.target, 'start', None)
        element = handler(tag, attrib) if handler else None
        self._report('start', element)

    def _end(self, raw_tag):
        tag = self._resolve(raw_tag, False, (0, 0))
        handler = getattr(self.target, 'end', None)
        element = handler(tag) if handler else None
        self._report('end', element)
        for prefix, _ in reversed(self._namespaces.pop()):
            handler = getattr(self.target, 'end_ns', None)
            if handler:
                handler(prefix)
            self._report('end-ns', None)

    def _data(self, text):
        if text:
            handler = getattr(self.target, 'data', None)
            if handler:
                handler(text)

    def _cdata(self, text):
        # A CDATA section is character data to ElementTree (xml.dom.minidom
        # keeps it apart).
        self._data(text)

    def _comment(self, text):
        handler = getattr(self.target, 'comment', None)
        if handler:
            self._report('comment', handler(text))

    def _pi(self, target, data):
        handler = getattr(self.target, 'pi', None)
        if handler:
            self._report('pi', handler(target, data))


class XMLPullParser:
    """A non-blocking parser: feed() data as it arrives and read_events()
    for what has been parsed so far."""

    _KNOWN_EVENTS = ('start', 'end', 'comment', 'pi', 'start-ns', 'end-ns')

    def __init__(self, events=None, *, _parser=None):
        self._queue = collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ('end',)
        for event in events:
            if event not in self._KNOWN_EVENTS:
                raise ValueError('unknown event %r' % (event,))
        self._parser._setevents(self._queue, events)
        self._root = None

    def feed(self, data):
        if self._parser is None:
            raise ValueError('feed() called after end of stream')
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as error:
                self._queue.append(error)

    def _finish(self):
        parser, self._parser = self._parser, None
        return parser.close()

    def close(self):
        """Finish parsing (errors in the data are raised here)."""
        self._finish()

    def read_events(self):
        """The (event, element) pairs parsed since the last call."""
        queue = self._queue
        while queue:
            event = queue.popleft()
            if isinstance(event, Exception):
                raise event
            yield event


class _IterParseIterator:
    """iterparse()'s result: iterates over (event, element) pairs while
    reading the source; `root` is set once the document is complete."""

    def __init__(self, source, events, parser):
        self._owns_source = not hasattr(source, 'read')
        self._source = open(source, 'rb') if self._owns_source else source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._pending = self._events()
        self.root = None

    def _events(self):
        pull = self._pull
        try:
            while True:
                yield from pull.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            self.root = pull._finish()
            yield from pull.read_events()
        finally:
            if self._owns_source:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._pending)


def iterparse(source, events=None, parser=None):
    """Parse SOURCE (a file name or binary file) step by step, yielding
    (event, element) pairs; events default to ('end',)."""
    return _IterParseIterator(source, events, parser)


# ---------------------------------------------------------------------------
# Convenience entry points

def parse(source, parser=None):
    """Parse a file name or file object into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """Parse a document held in a str or bytes; return its root element."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    """Parse a document given as a sequence of pieces."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for piece in sequence:
        parser.feed(piece)
    return parser.close()


def XMLID(text, parser=None):
    """(root, {id attribute: element}) for a document held in TEXT."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for element in tree.iter():
        identifier = element.get('id')
        if identifier:
            ids[identifier] = element
    return tree, ids
