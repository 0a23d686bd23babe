"""Build an RSS feed with xml.dom.minidom, pretty-print it, then read it back."""
from xml.dom import minidom
import xml.dom
from datetime import datetime, timedelta, timezone
from dataclasses import dataclass
from collections import Counter
import io
import tempfile
import os


@dataclass
class Post:
    title: str
    slug: str
    published: datetime
    tags: tuple
    summary: str


BASE = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)
POSTS = [
    Post("Hello, world", "hello-world", BASE, ("meta",), "First post & a <greeting>."),
    Post("Generators in depth", "generators", BASE + timedelta(days=3, hours=2), ("python", "iterators"),
         'Why "yield" is lazy.'),
    Post("Memory & refcounts", "refcounts", BASE + timedelta(days=9), ("python", "memory"),
         "Objects die when the last reference goes."),
]


def rfc822(dt):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[dt.weekday()]}, {dt.day:02d} {months[dt.month - 1]} {dt.year} {dt:%H:%M:%S} +0000"


def text_element(doc, name, text, **attrs):
    el = doc.createElement(name)
    for k, v in attrs.items():
        el.setAttribute(k, v)
    el.appendChild(doc.createTextNode(text))
    return el


def build_feed(posts):
    impl = minidom.getDOMImplementation()
    doc = impl.createDocument(None, "rss", None)
    rss = doc.documentElement
    rss.setAttribute("version", "2.0")
    doc.insertBefore(doc.createComment(" generated feed "), rss)
    channel = doc.createElement("channel")
    rss.appendChild(channel)
    channel.appendChild(text_element(doc, "title", "Notes on Interpreters"))
    channel.appendChild(text_element(doc, "link", "https://blog.example/"))
    channel.appendChild(text_element(doc, "lastBuildDate", rfc822(max(p.published for p in posts))))
    for post in sorted(posts, key=lambda p: p.published, reverse=True):
        item = doc.createElement("item")
        item.appendChild(text_element(doc, "title", post.title))
        item.appendChild(text_element(doc, "link", f"https://blog.example/{post.slug}"))
        item.appendChild(text_element(doc, "guid", post.slug, isPermaLink="false"))
        item.appendChild(text_element(doc, "pubDate", rfc822(post.published)))
        for tag in post.tags:
            item.appendChild(text_element(doc, "category", tag))
        desc = doc.createElement("description")
        desc.appendChild(doc.createCDATASection(f"<p>{post.summary}</p>"))
        item.appendChild(desc)
        channel.appendChild(item)
    return doc


doc = build_feed(POSTS)
pretty = doc.toprettyxml(indent="  ")
print(pretty)
compact = doc.toxml()
print(len(pretty), len(compact), compact[:80])

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "feed.xml")
    with open(path, "wb") as fh:
        fh.write(doc.toprettyxml(indent="\t", encoding="utf-8"))
    print(os.path.getsize(path))
    parsed = minidom.parse(path)

channel = parsed.getElementsByTagName("channel")[0]
items = channel.getElementsByTagName("item")
print(len(items), parsed.documentElement.getAttribute("version"), parsed.firstChild.nodeType == xml.dom.Node.COMMENT_NODE)


def child_text(el, name):
    node = el.getElementsByTagName(name)[0].firstChild
    return node.data if node is not None else ""


for item in items:
    desc = item.getElementsByTagName("description")[0]
    cdata = [n for n in desc.childNodes if n.nodeType == n.CDATA_SECTION_NODE]
    guid = item.getElementsByTagName("guid")[0]
    print(f"{child_text(item, 'pubDate')[:16]} | {child_text(item, 'title'):<22} | guid={guid.firstChild.data} "
          f"permalink={guid.getAttribute('isPermaLink')} | {cdata[0].data if cdata else desc.toxml()!r}")
tags = Counter(c.firstChild.data for c in parsed.getElementsByTagName("category"))
print(tags.most_common())

# edit: drop the oldest item, retitle the newest, add an attribute
oldest = items[-1]
channel.removeChild(oldest)
newest = channel.getElementsByTagName("item")[0]
title = newest.getElementsByTagName("title")[0]
title.replaceChild(parsed.createTextNode(title.firstChild.data.upper()), title.firstChild)
newest.setAttribute("featured", "yes")
print(len(channel.getElementsByTagName("item")), newest.getAttribute("featured"), title.toxml())
print(oldest.parentNode, oldest.getElementsByTagName("title")[0].firstChild.data)

frag = minidom.parseString("<tags><t n='1'>a</t><t n='2'/>tail<t n='3'>c<![CDATA[d]]></t></tags>")
root = frag.documentElement
for node in root.childNodes:
    kind = {1: "element", 3: "text", 4: "cdata"}[node.nodeType]
    print(kind, node.nodeName, repr(node.nodeValue), node.attributes.items() if node.attributes else None)
print(root.toprettyxml(indent=". "))
stream = io.StringIO()
root.writexml(stream, indent="", addindent="  ", newl="|")
print(stream.getvalue())
for bad in ("<a><b></a>", "<a>", "<a x='1' x='2'/>", "no xml"):
    try:
        minidom.parseString(bad)
    except Exception as e:
        print(type(e).__name__, e)
