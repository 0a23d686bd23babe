"""Read an INI config and an XML catalogue, diff two versions, and print a report."""
import configparser
import difflib
import hashlib
import base64
import xml.etree.ElementTree as ET
from html import escape, unescape
from shlex import split as shsplit, quote
from graphlib import TopologicalSorter, CycleError

INI = """
[DEFAULT]
base_dir = /srv/app
debug = no

[server]
host = 0.0.0.0
port = 8080
workers = 4
log = %(base_dir)s/logs/server.log

[database]
url = postgres://db.local/app
pool size = 10
timeout = 2.5
debug = yes

[jobs]
command = backup --target "/mnt/backup dir" --keep 7
depends = database, server
"""

XML = """<?xml version="1.0"?>
<catalog>
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <price currency="USD">44.95</price>
    <tags><tag>xml</tag><tag>programming</tag></tags>
  </book>
  <book id="bk102" lang="fr">
    <author>Ralls, Kim</author>
    <title>Midnight Rain &amp; Other Stories</title>
    <price currency="EUR">5.95</price>
  </book>
  <book id="bk103">
    <author>Corets, Eva</author>
    <title>Maeve Ascendant</title>
    <price currency="USD">5.95</price>
    <tags><tag>fantasy</tag></tags>
  </book>
</catalog>
"""

cfg = configparser.ConfigParser()
cfg.read_string(INI)
print("sections:", cfg.sections())
for name in cfg.sections():
    sec = cfg[name]
    print(f"[{name}]")
    for key, value in sec.items():
        print(f"  {key:<10} = {value}")
print(cfg.getint("server", "port") + 1, cfg.getfloat("database", "timeout") * 2,
      cfg.getboolean("server", "debug"), cfg.getboolean("database", "debug"))
print(cfg.get("server", "missing", fallback="n/a"), cfg.has_option("jobs", "depends"))
try:
    cfg.getint("database", "url")
except ValueError as e:
    print("ValueError:", e)
try:
    cfg["nosuch"]
except KeyError as e:
    print("KeyError:", e)
args = shsplit(cfg["jobs"]["command"])
print(args, " ".join(quote(a) for a in args))

deps = {"jobs": {d.strip() for d in cfg["jobs"]["depends"].split(",")}, "server": {"database"}, "database": set()}
print("start order:", list(TopologicalSorter(deps).static_order()))
deps["database"] = {"jobs"}
try:
    list(TopologicalSorter(deps).static_order())
except CycleError as e:
    print("cycle:", e.args[0], sorted(e.args[1]))

root = ET.fromstring(XML)
print(root.tag, len(root), [b.get("id") for b in root.iter("book")])
for book in root.findall("book"):
    price = book.find("price")
    tags = [t.text for t in book.iterfind("tags/tag")]
    print(f"{book.get('id')}: {book.findtext('title')!r} by {book.findtext('author')}"
          f" {float(price.text):6.2f} {price.attrib['currency']} lang={book.get('lang', '?')} tags={tags}")
cheap = root.findall(".//book[price='5.95']")
print("cheap:", [b.get("id") for b in cheap])
new = ET.SubElement(root, "book", id="bk104")
ET.SubElement(new, "title").text = "Tom & Jerry <3"
root.remove(root[1])
ET.indent(root, space="  ")
print(ET.tostring(root, encoding="unicode"))

old_lines = INI.strip().splitlines()
new_lines = [l.replace("8080", "9090").replace("workers = 4", "workers = 8") for l in old_lines if "timeout" not in l]
for line in difflib.unified_diff(old_lines, new_lines, "old.ini", "new.ini", lineterm="", n=1):
    print(line)
sm = difflib.SequenceMatcher(None, "backup --keep 7", "backup --keep 14")
print(round(sm.ratio(), 4), sm.get_opcodes())
print(difflib.get_close_matches("sevrer", ["server", "database", "jobs", "severe"]))
print(escape('<a href="x">Tom & Jerry\'s</a>'), unescape("&lt;&eacute;&#233;&#x41;&copy;&nbsp;|"))
digest = hashlib.sha256(INI.encode()).hexdigest()
print(digest[:16], hashlib.md5(b"abc").hexdigest(), base64.b64encode(b"config!").decode(), base64.urlsafe_b64decode("aGk_"))
