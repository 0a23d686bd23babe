"""Read a book catalogue from XML, report on it, edit it and write it back."""
import xml.etree.ElementTree as ET
from collections import defaultdict
from decimal import Decimal

CATALOG = """<?xml version="1.0"?>
<catalog xmlns:x="urn:extra">
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <genre>Computer</genre>
    <price currency="USD">44.95</price>
    <publish_date>2000-10-01</publish_date>
    <x:rating>4</x:rating>
  </book>
  <book id="bk102" lang="en">
    <author>Ralls, Kim</author>
    <title>Midnight Rain</title>
    <genre>Fantasy</genre>
    <price currency="USD">5.95</price>
    <publish_date>2000-12-16</publish_date>
  </book>
  <book id="bk103" lang="fr">
    <author>Corets, Eva</author>
    <title>Maeve Ascendant &amp; Friends</title>
    <genre>Fantasy</genre>
    <price currency="EUR">5.95</price>
    <publish_date>2000-11-17</publish_date>
    <x:rating>5</x:rating>
  </book>
  <book id="bk104" lang="en">
    <author>Corets, Eva</author>
    <title>Oberon's Legacy</title>
    <genre>Fantasy</genre>
    <price currency="USD">5.95</price>
    <publish_date>2001-03-10</publish_date>
  </book>
  <!-- a comment the parser drops -->
</catalog>
"""
NS = {"x": "urn:extra"}


def load(text):
    root = ET.fromstring(text)
    books = []
    for book in root.iter("book"):
        rating = book.find("x:rating", NS)
        books.append({
            "id": book.get("id"),
            "lang": book.get("lang", "?"),
            "author": book.findtext("author"),
            "title": book.findtext("title"),
            "genre": book.findtext("genre"),
            "price": Decimal(book.findtext("price")),
            "currency": book.find("price").attrib["currency"],
            "year": int(book.findtext("publish_date")[:4]),
            "rating": int(rating.text) if rating is not None else None,
        })
    return root, books


if __name__ == "__main__":
    root, books = load(CATALOG)
    print(root.tag, len(root), [child.tag for child in root][:2])
    for b in books:
        stars = "*" * b["rating"] if b["rating"] else "-"
        print(f"{b['id']} {b['title'][:24]:<24} {b['author']:<22} {b['price']:>6} {b['currency']} {stars}")
    by_author = defaultdict(list)
    for b in books:
        by_author[b["author"].split(",")[0]].append(b["title"])
    print(dict(by_author))
    totals = defaultdict(Decimal)
    for b in books:
        totals[b["currency"]] += b["price"]
    print(sorted(totals.items()))
    print([e.get("id") for e in root.findall("./book[genre='Fantasy']")])
    print([e.text for e in root.findall(".//book[@lang='fr']/title")])
    print(root.find("book[2]/title").text, root.findtext("book[last()]/author"))
    # Discount fantasy books and add a stock element everywhere.
    for book in root.findall("book"):
        price = book.find("price")
        if book.findtext("genre") == "Fantasy":
            price.text = str((Decimal(price.text) * Decimal("0.9")).quantize(Decimal("0.01")))
            price.set("discounted", "yes")
        stock = ET.SubElement(book, "stock")
        stock.text = str(len(book.findtext("title")) % 7)
    removed = root.find("book[@id='bk104']")
    root.remove(removed)
    small = ET.Element("summary", count=str(len(root)))
    for book in root:
        ET.SubElement(small, "item", ref=book.get("id")).text = book.findtext("price")
    ET.indent(small)
    print(ET.tostring(small, encoding="unicode"))
    first = root[0]
    print(ET.tostring(first.find("price"), encoding="unicode").strip())
    print(sorted(first.keys()), first.items())
    try:
        ET.fromstring("<a><b></a>")
    except ET.ParseError as e:
        print("ParseError:", e, e.position)
