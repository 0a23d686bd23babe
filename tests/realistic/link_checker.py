"""Extract links from HTML pages with html.parser, resolve them with
urllib.parse and report broken internal links and external domains."""
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urldefrag, parse_qs, urlencode
from collections import Counter

SITE = {
    "https://example.org/": """<html><head><title>Home &amp; Garden</title>
        <link rel="stylesheet" href="/static/site.css"></head>
        <body><a href="about.html">About</a> <a href="/blog/?page=2&amp;tag=py#top">Blog</a>
        <a href="https://python.org/downloads/">Python</a><img src="logo.png" alt="logo">
        <a href="mailto:me@example.org">mail</a><a>no href</a></body></html>""",
    "https://example.org/about.html": """<h1>About</h1><p>See <a href='team/'>team</a>
        and <a href="../missing.html">an old page</a> or <A HREF="/">home</A>.</p>
        <a href="https://docs.python.org/3/library/html.parser.html#module-html.parser">docs</a>""",
    "https://example.org/blog/": """<ul><li><a href="post-1.html">First</a></li>
        <li><a href="post-2.html?ref=list">Second</a></li>
        <li><a href="//cdn.example.net/feed.xml">Feed</a></li></ul>""",
    "https://example.org/blog/post-1.html": "<p>Back to <a href='./'>blog</a></p>",
    "https://example.org/team/": "<p>Nobody here yet <br/> <a href='..'>up</a></p>",
}


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.links.append(("a", attrs["href"]))
        elif tag in ("img", "script") and "src" in attrs:
            self.links.append((tag, attrs["src"]))
        elif tag == "link":
            self.links.append(("link", attrs.get("href")))
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def crawl(start):
    seen, queue, report = set(), [start], []
    external = Counter()
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        if url not in SITE:
            report.append(("broken", url))
            continue
        parser = LinkParser()
        parser.feed(SITE[url])
        parser.close()
        if parser.title:
            report.append(("title", f"{url} {parser.title!r}"))
        for kind, href in parser.links:
            absolute, fragment = urldefrag(urljoin(url, href))
            parts = urlsplit(absolute)
            if parts.scheme not in ("http", "https"):
                report.append(("skip", f"{parts.scheme}:{parts.path}"))
            elif parts.netloc != urlsplit(start).netloc:
                external[parts.hostname] += 1
            elif kind == "a":
                clean = parts._replace(query="").geturl()
                if parts.query:
                    report.append(("query", f"{clean} {parse_qs(parts.query)}"))
                queue.append(clean)
            else:
                report.append(("asset", absolute))
    return seen, report, external


if __name__ == "__main__":
    seen, report, external = crawl("https://example.org/")
    for kind, text in report:
        print(f"{kind:7} {text}")
    print(len(seen), "pages visited")
    print(sorted(external.items()))
    print(urlencode({"q": "html parser", "page": 2, "tags": "a&b"}))
    print(urlsplit("https://user:pw@Example.ORG:8443/a/b;p?x=1#frag"))
    p = urlsplit("https://user:pw@Example.ORG:8443/a/b;p?x=1#frag")
    print(p.hostname, p.port, p.username, p.password)
    for base, rel in [("https://a.b/c/d", "../e"), ("https://a.b/c/d/", "../../../e"),
                      ("https://a.b/c", "?q=1"), ("https://a.b/c", "#x"), ("http://a/b/c/d;p?q", "g;x?y#s")]:
        print(base, rel, "->", urljoin(base, rel))
