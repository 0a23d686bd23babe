"""objgraph's reference graphs drawn as SVG, so that no Graphviz is needed.

A layered layout: each object sits in the layer of its distance from the objects the
graph started from (their layer on top for show_refs, at the bottom for show_backrefs,
so that references point down either way); within a layer, objects are ordered by the
mean position of the neighbours they were reached from, which keeps most edges short
and uncrossed. Boxes carry objgraph's labels and colours; edges their labels.
"""

import colorsys

_CHAR_WIDTH = 7.5
_LINE_HEIGHT = 15
_PAD = 8
_LAYER_GAP = 70
_NODE_GAP = 24
_MARGIN = 20


def _unquote(text):
    """A label as objgraph escapes it for Graphviz, back to plain text."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            n = text[i + 1]
            out.append('\n' if n == 'n' else n)
            i += 2
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def _edge_text(attrs):
    """The label out of an edge's Graphviz attributes (' [label="x",weight=2]')."""
    start = attrs.find('label="')
    if start < 0:
        return ''
    i = start + len('label="')
    end = i
    while end < len(attrs) and attrs[end] != '"':
        end += 2 if attrs[end] == '\\' else 1
    return _unquote(attrs[i:end])


def _escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def _rgb(hsv):
    r, g, b = colorsys.hsv_to_rgb(*hsv)
    return '#%02x%02x%02x' % (round(r * 255), round(g * 255), round(b * 255))


class _Node:
    def __init__(self, key, lines, depth, fill, root):
        self.key = key
        self.lines = lines
        self.depth = depth
        self.fill = fill
        self.root = root
        self.width = int(max(len(line) for line in lines) * _CHAR_WIDTH) + 2 * _PAD
        self.height = len(lines) * _LINE_HEIGHT + _PAD
        self.x = 0
        self.y = 0
        self.order = 0.0


class Picture:
    """The nodes and edges of one graph, as objgraph finds them."""

    def __init__(self, swap_source_target):
        # show_refs (edges from each object to its referents) puts the starting objects
        # on top; show_backrefs (edges from referrers) puts them at the bottom.
        self.backrefs = not swap_source_target
        self.nodes = {}
        self.edges = []

    def node(self, key, label, depth, hsv, root=False):
        if key not in self.nodes:
            fill = _rgb(hsv)
            self.nodes[key] = _Node(key, _unquote(label).split('\n'), depth, fill, root)

    def marker(self, key, text):
        """A small note hung on `key` (`__del__`, 'N more references')."""
        owner = self.nodes.get(key)
        if owner is None:
            return
        mkey = key + '_' + text
        self.nodes[mkey] = _Node(mkey, [text], owner.depth + 1, '#ffe0e0', False)
        self.edges.append((key, mkey, '', True))

    def edge(self, source, target, attrs):
        self.edges.append((source, target, _edge_text(attrs), False))

    def _layers(self):
        depths = sorted({n.depth for n in self.nodes.values()})
        if self.backrefs:
            depths.reverse()
        layers = [[n for n in self.nodes.values() if n.depth == d] for d in depths]
        return layers

    def _place(self, layers):
        neighbours = {key: [] for key in self.nodes}
        for source, target, _, _ in self.edges:
            if source in neighbours and target in neighbours:
                neighbours[source].append(target)
                neighbours[target].append(source)
        placed = {}
        for layer in layers:
            for i, n in enumerate(layer):
                above = [placed[k] for k in neighbours[n.key] if k in placed]
                n.order = sum(above) / len(above) if above else float(i)
            layer.sort(key=lambda n: n.order)
            for i, n in enumerate(layer):
                placed[n.key] = i
        widths = [sum(n.width for n in layer) + _NODE_GAP * (len(layer) - 1)
                  for layer in layers]
        total_width = max(widths) if widths else 0
        y = _MARGIN
        for layer, width in zip(layers, widths):
            x = _MARGIN + (total_width - width) / 2
            tallest = max(n.height for n in layer)
            for n in layer:
                n.x = x
                n.y = y + (tallest - n.height) / 2
                x += n.width + _NODE_GAP
            y += tallest + _LAYER_GAP
        return total_width + 2 * _MARGIN, y - _LAYER_GAP + _MARGIN

    def svg(self):
        layers = self._layers()
        width, height = self._place(layers)
        out = []
        out.append('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.append('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
                   'viewBox="0 0 %d %d" font-family="monospace" font-size="12">\n'
                   % (width, height, width, height))
        out.append('<title>object graph</title>\n')
        out.append('<desc>nodes=%d edges=%d</desc>\n'
                   % (len(self.nodes), len(self.edges)))
        out.append('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" '
                   'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
                   '<path d="M 0 0 L 10 5 L 0 10 z" fill="#444"/></marker></defs>\n')
        out.append('<rect width="100%" height="100%" fill="white"/>\n')
        out.append('<g class="edges">\n')
        for source, target, label, note in self.edges:
            a = self.nodes.get(source)
            b = self.nodes.get(target)
            if a is None or b is None:
                continue
            x1, x2 = a.x + a.width / 2, b.x + b.width / 2
            if a.y < b.y:
                y1, y2 = a.y + a.height, b.y
            elif a.y > b.y:
                y1, y2 = a.y, b.y + b.height
            else:
                y1 = y2 = a.y + a.height / 2
                x1, x2 = (a.x + a.width, b.x) if a.x < b.x else (a.x, b.x + b.width)
            style = ' stroke-dasharray="4 3" stroke="#c00"' if note else ' stroke="#444"'
            out.append('<line class="edge" data-from="%s" data-to="%s" x1="%.1f" y1="%.1f" '
                       'x2="%.1f" y2="%.1f"%s marker-end="url(#arrow)"/>\n'
                       % (source, target, x1, y1, x2, y2, style))
            if label:
                out.append('<text class="edge-label" x="%.1f" y="%.1f" fill="#333" '
                           'font-size="10">%s</text>\n'
                           % ((x1 + x2) / 2 + 4, (y1 + y2) / 2, _escape(label)))
        out.append('</g>\n<g class="nodes">\n')
        for layer in layers:
            for n in layer:
                stroke = '#c00' if n.root else '#333'
                out.append('<g class="node" id="%s"><rect x="%.1f" y="%.1f" width="%d" '
                           'height="%d" fill="%s" stroke="%s"/>'
                           % (n.key, n.x, n.y, n.width, n.height, n.fill, stroke))
                dark = _luminance(n.fill) < 0.5
                colour = '#c00' if n.root else ('white' if dark else 'black')
                for i, line in enumerate(n.lines):
                    out.append('<text x="%.1f" y="%.1f" fill="%s">%s</text>'
                               % (n.x + _PAD, n.y + _PAD / 2 + (i + 0.8) * _LINE_HEIGHT,
                                  colour, _escape(line)))
                out.append('</g>\n')
        out.append('</g>\n</svg>\n')
        return ''.join(out)


def _luminance(colour):
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b
