"""A small implementation of the DOM: parse a document into a tree of nodes,
walk and change it, and write it back as XML (toxml / toprettyxml).

Documents are read with xml.etree.ElementTree's parser, taking names as
written (prefixes included) as expat does for minidom.  Not provided: the
DocumentType node (a DOCTYPE is read and skipped), namespace-aware methods
(createElementNS, getElementsByTagNameNS, ...), user data, the DOM Level 3
load/save interfaces and building with a SAX parser (there is no xml.sax);
a malformed document raises this module's ExpatError (there is no
xml.parsers.expat), with expat's message.
"""

import io
import xml.dom
from xml.dom import (Node, EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE,
                     HierarchyRequestErr, NotFoundErr)

__all__ = ['parse', 'parseString', 'getDOMImplementation', 'Document', 'Element',
           'Text', 'Comment', 'CDATASection', 'ProcessingInstruction', 'Attr',
           'NamedNodeMap', 'NodeList', 'DocumentFragment']


def _write_data(writer, data):
    """Writes datachars to writer, escaped for XML."""
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;"). \
            replace("\"", "&quot;").replace(">", "&gt;")
        writer.write(data)


class NodeList(list):
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


class EmptyNodeList(tuple):
    """The childNodes of a node that cannot have children."""
    __slots__ = ()

    def item(self, index):
        return None

    @property
    def length(self):
        return 0


class Node(xml.dom.Node):
    namespaceURI = EMPTY_NAMESPACE
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX

    def __bool__(self):
        return True

    # -- serialization --

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        if encoding is None:
            writer = io.StringIO()
        else:
            writer = io.TextIOWrapper(io.BytesIO(), encoding=encoding,
                                      errors="xmlcharrefreplace", newline='\n')
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.detach().getvalue()

    # -- the tree --

    def hasChildNodes(self):
        return bool(self.childNodes)

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _check_child(self, node):
        if node.nodeType not in self._child_node_types:
            raise HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))

    def _take_children(self, fragment):
        nodes = list(fragment.childNodes)
        return nodes

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in list(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            self.appendChild(newChild)
        else:
            try:
                index = self.childNodes.index(refChild)
            except ValueError:
                raise NotFoundErr()
            self.childNodes.insert(index, newChild)
            newChild.nextSibling = refChild
            refChild.previousSibling = newChild
            if index:
                node = self.childNodes[index - 1]
                node.nextSibling = newChild
                newChild.previousSibling = node
            else:
                newChild.previousSibling = None
            newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in list(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        last = self.lastChild
        if last is not None:
            last.nextSibling = node
        node.previousSibling = last
        node.nextSibling = None
        self.childNodes.append(node)
        node.parentNode = self
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            refChild = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, refChild)
        self._check_child(newChild)
        if newChild is oldChild:
            return None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = self.childNodes.index(oldChild)
        except ValueError:
            raise NotFoundErr()
        self.childNodes[index] = newChild
        newChild.parentNode = self
        oldChild.parentNode = None
        newChild.previousSibling = oldChild.previousSibling
        newChild.nextSibling = oldChild.nextSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        if newChild.previousSibling is not None:
            newChild.previousSibling.nextSibling = newChild
        if newChild.nextSibling is not None:
            newChild.nextSibling.previousSibling = newChild
        return oldChild

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise NotFoundErr()
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def normalize(self):
        """Join adjacent text nodes and drop empty ones, all the way down."""
        kept = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if kept and kept[-1].nodeType == Node.TEXT_NODE:
                    kept[-1].data = kept[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            kept.append(child)
        previous = None
        for child in kept:
            child.previousSibling = previous
            if previous is not None:
                previous.nextSibling = child
            previous = child
        if previous is not None:
            previous.nextSibling = None
        self.childNodes[:] = kept

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        return self if feature in ("", "core") else None

    def unlink(self):
        """Break the references between this node and its relatives."""
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()
        self.previousSibling = None
        self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


def _collect_by_tag(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                found.append(node)
            _collect_by_tag(node, name, found)
    return found


class Attr(Node):
    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    specified = False
    _child_node_types = (Node.TEXT_NODE,)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        self.ownerElement = None
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self._local = localName
        self.childNodes = NodeList()
        self.value = ""

    @property
    def localName(self):
        return self._local if self._local is not None else self.name.split(":", 1)[-1]

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    def unlink(self):
        self.ownerElement = None
        Node.unlink(self)


class NamedNodeMap:
    """The attributes of an element, by name, in the order they were set."""

    def __init__(self, attrs):
        self._attrs = attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index]
        except IndexError:
            return None

    def items(self):
        return [(name, attr.value) for name, attr in self._attrs.items()]

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, name):
        return name in self._attrs

    def __getitem__(self, name):
        if isinstance(name, tuple):
            raise KeyError(name)
        return self._attrs[name]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            attr = Attr(name)
            attr.value = value
        else:
            attr = value
        self._attrs[name] = attr

    def __delitem__(self, name):
        attr = self._attrs.pop(name)
        attr.ownerElement = None

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def removeNamedItem(self, name):
        attr = self._attrs.pop(name, None)
        if attr is None:
            raise NotFoundErr()
        attr.ownerElement = None
        return attr


AttributeList = NamedNodeMap


class Element(Node):
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.TEXT_NODE,
                         Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.parentNode = None
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def localName(self):
        return self.tagName.split(":", 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs)

    def _get_attributes(self):
        return self.attributes

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return "" if attr is None else attr.value

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[attname] = attr
        attr.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def setAttributeNode(self, attr):
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old if old is not attr else None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        try:
            attr = self._attrs.pop(name)
        except KeyError:
            raise NotFoundErr()
        attr.ownerElement = None

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _collect_by_tag(self, name, NodeList())

    def cloneNode(self, deep):
        clone = Element(self.tagName, self.namespaceURI, self.prefix)
        clone.ownerDocument = self.ownerDocument
        for name, attr in self._attrs.items():
            clone.setAttribute(name, attr.value)
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone

    def unlink(self):
        for attr in self._attrs.values():
            attr.unlink()
        self._attrs = {}
        Node.unlink(self)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        """Write the element: `indent` before it, `addindent` more for each
        level inside, `newl` after each line; an element whose only child is
        text stays on one line."""
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(" %s=\"" % name)
            _write_data(writer, attr.value)
            writer.write("\"")
        if not self.childNodes:
            writer.write("/>%s" % newl)
            return
        writer.write(">")
        if (len(self.childNodes) == 1 and self.childNodes[0].nodeType in
                (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)):
            self.childNodes[0].writexml(writer, '', '', '')
        else:
            writer.write(newl)
            for node in self.childNodes:
                node.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))


class Childless:
    """Behaviour of the nodes that have no children."""
    attributes = None
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    def _cannot_have_children(self):
        return HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def appendChild(self, node):
        raise self._cannot_have_children()

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise self._cannot_have_children()

    def removeChild(self, oldChild):
        raise NotFoundErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def replaceChild(self, newChild, oldChild):
        raise self._cannot_have_children()

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        self.previousSibling = self.nextSibling = None


class CharacterData(Childless, Node):

    def __init__(self, data=""):
        self.data = data
        self.parentNode = None

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dots = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dots)

    def substringData(self, offset, count):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        self.data = self.data[:offset] + arg + self.data[offset:]

    def deleteData(self, offset, count):
        self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self.data = self.data[:offset] + arg + self.data[offset + count:]

    def cloneNode(self, deep):
        clone = self.__class__(self.data)
        clone.ownerDocument = self.ownerDocument
        return clone


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        rest = self.__class__(self.data[offset:])
        rest.ownerDocument = self.ownerDocument
        if self.parentNode is not None:
            self.parentNode.insertBefore(rest, self.nextSibling)
        self.data = self.data[:offset]
        return rest

    @property
    def wholeText(self):
        parts = [self.data]
        node = self.previousSibling
        while node is not None and node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.insert(0, node.data)
            node = node.previousSibling
        node = self.nextSibling
        while node is not None and node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.append(node.data)
            node = node.nextSibling
        return "".join(parts)

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(Childless, Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data
        self.parentNode = None

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    def cloneNode(self, deep):
        clone = ProcessingInstruction(self.target, self.data)
        clone.ownerDocument = self.ownerDocument
        return clone

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    _child_node_types = Element._child_node_types

    def __init__(self):
        self.childNodes = NodeList()

    def cloneNode(self, deep):
        clone = DocumentFragment()
        clone.ownerDocument = self.ownerDocument
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone

    def writexml(self, writer, indent="", addindent="", newl=""):
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class Document(Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    parentNode = None
    previousSibling = nextSibling = None
    doctype = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def implementation(self):
        return _implementation

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return Node.appendChild(self, node)

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return Node.insertBefore(self, newChild, refChild)

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise NotFoundErr()
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def _owned(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._owned(DocumentFragment())

    def createElement(self, tagName):
        return self._owned(Element(tagName))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._owned(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._owned(CDATASection(data))

    def createComment(self, data):
        return self._owned(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._owned(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._owned(Attr(qName))

    def getElementsByTagName(self, name):
        return _collect_by_tag(self, name, NodeList())

    def getElementById(self, id):
        for node in _collect_by_tag(self, "*", []):
            if node.getAttribute("id") == id:
                return node
        return None

    def cloneNode(self, deep):
        if not deep:
            return None
        clone = Document()
        for child in self.childNodes:
            copy = child.cloneNode(True)
            _adopt(copy, clone)
            clone.appendChild(copy)
        return clone

    def importNode(self, node, deep):
        copy = node.cloneNode(deep)
        _adopt(copy, self)
        return copy

    def unlink(self):
        Node.unlink(self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        declarations = []
        if encoding:
            declarations.append(f'encoding="{encoding}"')
        if standalone is not None:
            declarations.append(f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(declarations)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


def _adopt(node, document):
    node.ownerDocument = document
    for child in node.childNodes:
        _adopt(child, document)


class DOMImplementation:
    _features = [("core", "1.0"), ("core", "2.0"), ("core", None),
                 ("xml", "1.0"), ("xml", "2.0"), ("xml", None)]

    def hasFeature(self, feature, version):
        if version == "":
            version = None
        return (feature.lower(), version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None:
            raise xml.dom.NotSupportedErr("document types are not supported")
        doc = Document()
        if qualifiedName:
            doc.appendChild(doc.createElement(qualifiedName))
        return doc


_implementation = DOMImplementation()


def getDOMImplementation(features=None):
    return _implementation


# ---- building a document from the parser's events ----

class ExpatError(Exception):
    """A malformed document (expat's message, with .code, .lineno, .offset)."""


class _Builder:
    """The parser's target: makes the nodes and links them."""

    def __init__(self):
        self.document = Document()
        self.stack = [self.document]

    def start(self, tag, attributes):
        node = self.document.createElement(tag)
        for name, value in attributes:
            node.setAttribute(name, value)
        self.stack[-1].appendChild(node)
        self.stack.append(node)

    def end(self, tag):
        self.stack.pop()

    def data(self, text):
        parent = self.stack[-1]
        if parent is self.document:
            return
        last = parent.lastChild
        if last is not None and last.nodeType == Node.TEXT_NODE:
            last.data = last.data + text
        else:
            parent.appendChild(self.document.createTextNode(text))

    def cdata(self, text):
        self.stack[-1].appendChild(self.document.createCDATASection(text))

    def comment(self, text):
        self.stack[-1].appendChild(self.document.createComment(text))

    def pi(self, target, data):
        self.stack[-1].appendChild(
            self.document.createProcessingInstruction(target, data or ""))

    def close(self):
        return self.document


def _parser():
    from xml.etree.ElementTree import XMLParser

    class _DOMParser(XMLParser):
        # names as written: minidom does not expand prefixes into URIs
        def _start(self, raw_tag, attributes, position):
            declared = []
            for name, value, _ in attributes:
                if name == 'xmlns' or name.startswith('xmlns:'):
                    declared.append((name[6:], value))
            self._namespaces.append(declared)
            # an unbound prefix is still an error, as with expat
            self._resolve(raw_tag, False, position)
            for name, _, _ in attributes:
                if not (name == 'xmlns' or name.startswith('xmlns:')):
                    self._resolve(name, True, position)
            self.target.start(raw_tag, [(name, value) for name, value, _ in attributes])

        def _end(self, raw_tag):
            self.target.end(raw_tag)
            self._namespaces.pop()

        def _cdata(self, text):
            self.target.cdata(text)

    return _DOMParser(target=_Builder())


def _build(feed):
    from xml.etree.ElementTree import ParseError
    parser = _parser()
    try:
        feed(parser)
        return parser.close()
    except ParseError as e:
        error = ExpatError(str(e))
        error.code = e.code
        error.lineno, error.offset = e.position
        raise error from None


def parseString(string):
    """Parse a document held in a str or bytes."""
    return _build(lambda p: p.feed(string))


def parse(file):
    """Parse a document from a file name or a file object."""

    def feed(p):
        if isinstance(file, str):
            with open(file, 'rb') as fp:
                p.feed(fp.read())
        else:
            p.feed(file.read())
    return _build(feed)
