"""Explore the object graph (the objgraph package's interface), built on the cycle
collector's view of the heap: gc.get_objects, gc.get_referrers, gc.get_referents.
Graphs are written as Graphviz .dot files, or drawn straight to SVG (a layered layout
of minipy's own, no Graphviz needed) when the file name ends in .svg.
"""

import gc
import sys

from objgraph import _svg

__version__ = '3.6.0'

_ModuleType = type(sys)


def _short_typename(obj):
    return type(obj).__name__


def _long_typename(obj):
    objtype = type(obj)
    name = objtype.__name__
    module = getattr(objtype, '__module__', None)
    if module:
        return '%s.%s' % (module, name)
    return name


def count(typename, objects=None):
    """How many objects of type `typename` the collector tracks ('module.Name' for a
    qualified name)."""
    if objects is None:
        objects = gc.get_objects()
    if '.' in typename:
        return sum(1 for o in objects if _long_typename(o) == typename)
    return sum(1 for o in objects if _short_typename(o) == typename)


def typestats(objects=None, shortnames=True, filter=None):
    """A dict mapping type names to the number of tracked objects of that type."""
    if objects is None:
        objects = gc.get_objects()
    typename = _short_typename if shortnames else _long_typename
    stats = {}
    for o in objects:
        if filter and not filter(o):
            continue
        n = typename(o)
        stats[n] = stats.get(n, 0) + 1
    return stats


def most_common_types(limit=10, objects=None, shortnames=True, filter=None):
    """The `limit` most common types as (name, count) pairs, most common first."""
    stats = sorted(typestats(objects, shortnames=shortnames, filter=filter).items(),
                   key=lambda item: item[1], reverse=True)
    if limit:
        stats = stats[:limit]
    return stats


def show_most_common_types(limit=10, objects=None, shortnames=True, file=None,
                           filter=None):
    """Print the table of most_common_types()."""
    if file is None:
        file = sys.stdout
    stats = most_common_types(limit, objects, shortnames=shortnames, filter=filter)
    if not stats:
        return
    width = max(len(name) for name, count in stats)
    for name, count in stats:
        file.write('%-*s %i\n' % (width, name, count))


def growth(limit=10, peak_stats={}, shortnames=True, filter=None):
    """Types whose count grew past their peak since the last call, as
    (name, count, increase) triples, biggest increase first."""
    gc.collect()
    stats = typestats(shortnames=shortnames, filter=filter)
    deltas = {}
    for name, n in stats.items():
        old_count = peak_stats.get(name, 0)
        if n > old_count:
            deltas[name] = n - old_count
            peak_stats[name] = n
    deltas = sorted(deltas.items(), key=lambda item: item[1], reverse=True)
    if limit:
        deltas = deltas[:limit]
    return [(name, stats[name], delta) for name, delta in deltas]


def show_growth(limit=10, peak_stats=None, shortnames=True, file=None, filter=None):
    """Print the growth() table: name, count, increase."""
    if peak_stats is None:
        result = growth(limit, shortnames=shortnames, filter=filter)
    else:
        result = growth(limit, peak_stats, shortnames, filter)
    if result:
        if file is None:
            file = sys.stdout
        width = max(len(name) for name, _, _ in result)
        for name, n, delta in result:
            file.write('%-*s%9d %+9d\n' % (width, name, n, delta))


def by_type(typename, objects=None):
    """The tracked objects of type `typename`."""
    if objects is None:
        objects = gc.get_objects()
    if '.' in typename:
        return [o for o in objects if _long_typename(o) == typename]
    return [o for o in objects if _short_typename(o) == typename]


def at(addr):
    """The tracked object whose id() is addr, or None."""
    for o in gc.get_objects():
        if id(o) == addr:
            return o
    return None


def get_leaking_objects(objects=None):
    """Tracked objects that no tracked object refers to (held only from outside the
    object graph, e.g. by a leaked reference count)."""
    if objects is None:
        gc.collect()
        objects = gc.get_objects()
    ids = set(id(i) for i in objects)
    ids.discard(id(objects))
    for i in objects:
        for j in gc.get_referents(i):
            ids.discard(id(j))
    return [i for i in objects if id(i) in ids]


def is_proper_module(obj):
    """True for a module that is the one registered in sys.modules under its name."""
    return (isinstance(obj, _ModuleType)
            and sys.modules.get(getattr(obj, '__name__', None)) is obj)


def _find_chain(obj, predicate, edge_func, max_depth=20, extra_ignore=()):
    queue = [obj]
    depth = {id(obj): 0}
    parent = {id(obj): None}
    ignore = set(extra_ignore)
    ignore.add(id(extra_ignore))
    ignore.add(id(queue))
    ignore.add(id(depth))
    ignore.add(id(parent))
    ignore.add(id(ignore))
    gc.collect()
    while queue:
        target = queue.pop(0)
        if predicate(target):
            chain = [target]
            while parent[id(target)] is not None:
                target = parent[id(target)]
                chain.append(target)
            return chain
        tdepth = depth[id(target)]
        if tdepth < max_depth:
            neighbours = edge_func(target)
            ignore.add(id(neighbours))
            for source in neighbours:
                if id(source) in ignore:
                    continue
                if id(source) not in depth:
                    depth[id(source)] = tdepth + 1
                    parent[id(source)] = target
                    queue.append(source)
    return [obj]


def find_ref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """The shortest chain of references from obj to an object satisfying predicate:
    [obj, ..., found] (or [obj] when there is none)."""
    return _find_chain(obj, predicate, gc.get_referents,
                       max_depth=max_depth, extra_ignore=extra_ignore)[::-1]


def find_backref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """The shortest chain of referrers from an object satisfying predicate (such as
    is_proper_module) down to obj: [found, ..., obj] (or [obj])."""
    return _find_chain(obj, predicate, gc.get_referrers,
                       max_depth=max_depth, extra_ignore=extra_ignore)


def show_backrefs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10,
                  highlight=None, filename=None, extra_info=None, refcounts=False,
                  shortnames=True, output=None, extra_node_attrs=None):
    """Write a Graphviz graph of the objects referring to objs (up to max_depth)."""
    return _show_graph(objs, max_depth=max_depth, extra_ignore=extra_ignore,
                       filter=filter, too_many=too_many, highlight=highlight,
                       edge_func=gc.get_referrers, swap_source_target=False,
                       filename=filename, output=output, extra_info=extra_info,
                       refcounts=refcounts, shortnames=shortnames,
                       cull_func=is_proper_module, extra_node_attrs=extra_node_attrs)


def show_refs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10,
              highlight=None, filename=None, extra_info=None, refcounts=False,
              shortnames=True, output=None, extra_node_attrs=None):
    """Write a Graphviz graph of the objects objs refer to (up to max_depth)."""
    return _show_graph(objs, max_depth=max_depth, extra_ignore=extra_ignore,
                       filter=filter, too_many=too_many, highlight=highlight,
                       edge_func=gc.get_referents, swap_source_target=True,
                       filename=filename, output=output, extra_info=extra_info,
                       refcounts=refcounts, shortnames=shortnames,
                       extra_node_attrs=extra_node_attrs)


def show_chain(*chains, **kw):
    """Graph one or more chains found by find_ref_chain / find_backref_chain."""
    backrefs = kw.pop('backrefs', True)
    chains = [chain for chain in chains if chain]
    ids = set(id(x) for chain in chains for x in chain)

    def in_chains(x):
        return id(x) in ids
    max_depth = max(len(chain) for chain in chains) - 1
    if backrefs:
        show_backrefs([chain[-1] for chain in chains], max_depth=max_depth,
                      filter=in_chains, **kw)
    else:
        show_refs([chain[0] for chain in chains], max_depth=max_depth,
                  filter=in_chains, **kw)


def _obj_node_id(obj):
    return ('o%d' % id(obj)).replace('-', '_')


def _quote(s):
    return (s.replace("\\", "\\\\").replace("\"", "\\\"")
             .replace("\n", "\\n").replace("\0", "\\\\0"))


def _name_or_repr(value):
    result = getattr(value, '__name__', None)
    if isinstance(result, str):
        return result
    return repr(value)[:40]


def _short_repr(obj):
    if isinstance(obj, (type, _ModuleType)) or type(obj).__name__ in (
            'builtin_function_or_method', 'method_descriptor'):
        return _name_or_repr(obj)
    if type(obj).__name__ == 'method':
        name = _name_or_repr(obj.__func__)
        if obj.__self__:
            return name + ' (bound)'
        return name
    if isinstance(obj, (tuple, list, dict, set)):
        return '%d items' % len(obj)
    return repr(obj)[:40]


def _safe_repr(obj, short):
    try:
        if short:
            return _short_repr(obj)
        return repr(obj)
    except Exception:
        return '(unrepresentable)'


def _obj_label(obj, extra_info=None, refcounts=False, shortnames=True):
    if shortnames:
        label = [_short_typename(obj)]
    else:
        label = [_long_typename(obj)]
    if refcounts:
        label[0] += ' [%d]' % (sys.getrefcount(obj) - 4)
    label.append(_safe_repr(obj, shortnames))
    if extra_info:
        label.append(str(extra_info(obj)))
    return _quote('\n'.join(label))


def _is_identifier(s):
    return s.isidentifier()


def _edge_label(source, target, shortnames=True):
    if isinstance(target, dict) and target is getattr(source, '__dict__', None):
        return ' [label="__dict__",weight=10]'
    if isinstance(source, dict):
        for k, v in source.items():
            if v is target:
                if isinstance(k, str) and _is_identifier(k):
                    return ' [label="%s",weight=2]' % _quote(k)
                tn = _short_typename(k) if shortnames else _long_typename(k)
                return ' [label="%s"]' % _quote(tn + "\n" + _safe_repr(k, shortnames))
    else:
        # minipy keeps instance attributes inline: name the edge after the attribute.
        attrs = getattr(source, '__dict__', None)
        if isinstance(attrs, dict) and not isinstance(source, type):
            for k, v in attrs.items():
                if v is target:
                    return ' [label="%s",weight=10]' % _quote(str(k))
        slots = getattr(type(source), '__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for k in slots:
            if getattr(source, k, None) is target:
                return ' [label="%s",weight=10]' % _quote(k)
    return ''


def _gradient(start_color, end_color, depth, max_depth):
    if max_depth == 0:
        return start_color
    h1, s1, v1 = start_color
    h2, s2, v2 = end_color
    f = float(depth) / max_depth
    h = h1 * (1 - f) + h2 * f
    s = s1 * (1 - f) + s2 * f
    v = v1 * (1 - f) + v2 * f
    return h, s, v


def _obj_attrs(obj, extra_node_attrs):
    if extra_node_attrs is not None:
        attrs = extra_node_attrs(obj)
        return ", " + ", ".join('%s="%s"' % (name, _quote(value))
                                for name, value in sorted(attrs.items()))
    return ""


class _Writer:
    """Collects the graph text, then writes it to a file or a stream in one go."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def text(self):
        return ''.join(self.parts)


def _show_graph(objs, edge_func, swap_source_target, max_depth=3, extra_ignore=(),
                filter=None, too_many=10, highlight=None, filename=None,
                extra_info=None, refcounts=False, shortnames=True, output=None,
                cull_func=None, extra_node_attrs=None):
    if not isinstance(objs, (list, tuple)):
        objs = [objs]
    f = _Writer()
    picture = _svg.Picture(swap_source_target)
    f.write('digraph ObjectGraph {\n'
            '  node[shape=box, style=filled, fillcolor=white];\n')
    queue = []
    depth = {}
    ignore = set(extra_ignore)
    ignore.add(id(objs))
    ignore.add(id(extra_ignore))
    ignore.add(id(queue))
    ignore.add(id(depth))
    ignore.add(id(ignore))
    ignore.add(id(f))
    ignore.add(id(f.parts))
    ignore.add(id(picture))
    ignore.add(id(picture.nodes))
    ignore.add(id(picture.edges))
    for obj in objs:
        f.write('  %s[fontcolor=red];\n' % (_obj_node_id(obj)))
        depth[id(obj)] = 0
        queue.append(obj)
        del obj
    gc.collect()
    nodes = 0
    while queue:
        nodes += 1
        target = queue.pop(0)
        tdepth = depth[id(target)]
        f.write('  %s[label="%s"%s];\n' % (
            _obj_node_id(target),
            _obj_label(target, extra_info, refcounts, shortnames),
            _obj_attrs(target, extra_node_attrs)))
        h, s, v = _gradient((0, 0, 1), (0, 0, .3), tdepth, max_depth)
        if isinstance(target, _ModuleType):
            h = .3
            s = 1
        if highlight and highlight(target):
            h = .6
            s = .6
            v = 0.5 + v * 0.5
        f.write('  %s[fillcolor="%g,%g,%g"];\n' % (_obj_node_id(target), h, s, v))
        picture.node(_obj_node_id(target), _obj_label(target, extra_info, refcounts, shortnames),
                     tdepth, (h, s, v), root=tdepth == 0)
        if v < 0.5:
            f.write('  %s[fontcolor=white];\n' % (_obj_node_id(target)))
        if hasattr(getattr(target, '__class__', None), '__del__'):
            f.write("  %s->%s_has_a_del[color=red,style=dotted,"
                    "len=0.25,weight=10];\n" % (_obj_node_id(target),
                                                _obj_node_id(target)))
            picture.marker(_obj_node_id(target), '__del__')
            f.write('  %s_has_a_del[label="__del__",shape=doublecircle,'
                    'height=0.25,color=red,fillcolor="0,.5,1",fontsize=6];\n'
                    % (_obj_node_id(target)))
        if tdepth >= max_depth:
            continue
        if cull_func is not None and cull_func(target):
            continue
        neighbours = edge_func(target)
        ignore.add(id(neighbours))
        n = 0
        skipped = 0
        for source in neighbours:
            if id(source) in ignore:
                continue
            if filter and not filter(source):
                continue
            if n >= too_many:
                skipped += 1
                continue
            if swap_source_target:
                srcnode, tgtnode = target, source
            else:
                srcnode, tgtnode = source, target
            elabel = _edge_label(srcnode, tgtnode, shortnames)
            f.write('  %s -> %s%s;\n' % (_obj_node_id(srcnode),
                                         _obj_node_id(tgtnode), elabel))
            picture.edge(_obj_node_id(srcnode), _obj_node_id(tgtnode), elabel)
            if id(source) not in depth:
                depth[id(source)] = tdepth + 1
                queue.append(source)
            n += 1
            del source
        del neighbours
        if skipped > 0:
            h, s, v = _gradient((0, 1, 1), (0, 1, .3), tdepth + 1, max_depth)
            if swap_source_target:
                label = "%d more references" % skipped
                edge = "%s->too_many_%s" % (_obj_node_id(target), _obj_node_id(target))
            else:
                label = "%d more backreferences" % skipped
                edge = "too_many_%s->%s" % (_obj_node_id(target), _obj_node_id(target))
            f.write('  %s[color=red,style=dotted,len=0.25,weight=10];\n' % edge)
            f.write('  too_many_%s[label="%s",shape=box,height=0.25,color=red,'
                    'fillcolor="%g,%g,%g",fontsize=6];\n'
                    % (_obj_node_id(target), label, h, s, v))
            f.write('  too_many_%s[fontcolor=white];\n' % (_obj_node_id(target)))
            picture.marker(_obj_node_id(target), label)
    f.write("}\n")
    text = f.text()
    if output:
        output.write(text)
        return
    if filename and filename.endswith('.svg'):
        with open(filename, 'w') as out:
            out.write(picture.svg())
        print("Graph written to %s (%d nodes)" % (filename, nodes))
        return
    if filename and filename.endswith('.dot'):
        dot_filename = filename
    elif filename:
        dot_filename = filename.rsplit('.', 1)[0] + '.dot'
    else:
        dot_filename = 'objgraph.dot'
    with open(dot_filename, 'w') as out:
        out.write(text)
    print("Graph written to %s (%d nodes)" % (dot_filename, nodes))
    if filename is None:
        print("Graph viewer (xdot) and image renderer (dot) not found,"
              " not doing anything else")
    elif dot_filename != filename:
        print("Image renderer (dot) not found, not doing anything else")
