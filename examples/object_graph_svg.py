# Why is this object still alive? Draw who refers to it.
#
# objgraph.show_backrefs draws the referrers of an object, layer by layer, up to the
# roots that keep it alive; show_refs draws what an object keeps alive. With a file
# name ending in .svg minipy draws the picture itself (no Graphviz needed): open the
# file in a browser. Here a cache forgotten in a module global keeps a session alive.
# The pictures are written to a temporary directory and summarised below.
#
# Run: minipy examples/object_graph_svg.py
#   and the same with --flamegraph out.svg or --mem-timeline out.svg to see where the
#   program's memory was allocated and how the heap grew.
import os
import re
import tempfile

import objgraph


class Session:
    def __init__(self, user):
        self.user = user
        self.history = []


_cache = {}


def open_session(user):
    s = Session(user)
    _cache[user] = s  # the forgotten cache entry
    return s


def summarise(path):
    with open(path) as f:
        svg = f.read()
    nodes = re.search(r'nodes=(\d+) edges=(\d+)', svg)
    labels = sorted(set(re.findall(r'class="edge-label"[^>]*>([^<]*)<', svg)))
    # A box's first line is its object's type.
    kinds = sorted(set(re.findall(r'<rect [^>]*/><text [^>]*>(\w+)</text>', svg)))
    print('  %s: %s boxes, %s arrows' % (os.path.basename(path), nodes[1], nodes[2]))
    print('  arrows labelled:', ', '.join(labels))
    print('  object types drawn:', ', '.join(kinds))


s = open_session('ada')
s.history.append('login')
del s  # gone from our hands, but is it gone?

here = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    session = _cache['ada']
    print('Who keeps the session alive?')
    objgraph.show_backrefs([session], filename='backrefs.svg', max_depth=2,
                           filter=lambda o: not isinstance(o, type(os)))
    summarise('backrefs.svg')
    print('What does the session keep alive?')
    objgraph.show_refs([session], filename='refs.svg', max_depth=2,
                       filter=lambda o: not isinstance(o, type))
    summarise('refs.svg')
    del session
    os.chdir(here)
