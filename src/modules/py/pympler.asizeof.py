"""pympler.asizeof: the deep size of objects (the object and everything it refers to,
each object counted once), with exact heap bytes.

What is followed: every reference gc.get_referents reports. Classes, modules,
functions and the shared singletons (None, True, False, Ellipsis, NotImplemented) are
neither counted nor followed (Pympler likewise leaves out classes, modules and code),
except an object passed in directly, which is always measured.
"""

import gc
import sys

import minipy as _minipy

__all__ = ['asizeof', 'asizesof', 'asized', 'flatsize', 'Asized', 'Asizer']


def _repr(obj, clip=80):
    try:
        r = repr(obj).replace('\n', '\\n')
    except Exception:
        r = 'N/A'
    if len(r) > clip > 0:
        h = (clip // 2) - 2
        if h > 0:
            r = r[:h] + '....' + r[-h:]
    return r


def flatsize(obj, align=8, **opts):
    """The bytes of `obj` alone (its block and its own item storage)."""
    return sys.getsizeof(obj)


def _named_refs(obj, clip):
    """(name, referent) pairs, named as Pympler names them: items of sequences and
    sets by their repr, dict entries as '[K] key' and '[V] key: value'."""
    if isinstance(obj, dict):
        out = []
        for k, v in obj.items():
            out.append(('[K] ' + _repr(k, clip), k))
            out.append(('[V] ' + _repr(k, clip) + ': ' + _repr(v, clip), v))
        return out
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [(_repr(o, clip), o) for o in obj]
    # Anything else (an instance included) by its referents' reprs: reading an
    # instance's __dict__ would build one (minipy keeps attributes inline), changing
    # the very size being measured.
    return [(_repr(o, clip), o) for o in gc.get_referents(obj)]


class Asized(object):
    """The size of one object: `size` (deep), `flat` (its own bytes), `name` and the
    Asized of its referents in `refs` (as deep as `detail` asked)."""

    def __init__(self, size, flat, refs=(), name=None):
        self.size = size
        self.flat = flat
        self.name = name
        self.refs = tuple(refs)

    def __str__(self):
        return 'size %r, flat %r, refs[%d], name %r' % (
            self.size, self.flat, len(self.refs), self.name)

    def format(self, format='%(name)s size=%(size)d flat=%(flat)d',
               depth=-1, order_by='size', indent=''):
        """One line per object, referents indented beneath, largest first."""
        t = indent + (format % dict(size=self.size, flat=self.flat, name=self.name))
        if depth and self.refs:
            rs = sorted(self.refs, key=lambda x: getattr(x, order_by),
                        reverse=order_by in ('size', 'flat'))
            rs = [r.format(format=format, depth=depth - 1, order_by=order_by,
                           indent=indent + '    ') for r in rs]
            t = '\n'.join([t] + rs)
        return t

    def get(self, name, dflt=None):
        for ref in self.refs:
            if name == ref.name:
                return ref
        return dflt


class Asizer(object):
    """Sizes objects, remembering what it has seen so that an object shared between
    calls (or between the objects of one call) is counted once."""

    def __init__(self, **opts):
        self._seen = set()
        self._clip = 80
        self.set(**opts)

    def set(self, clip=None, **opts):
        if clip is not None:
            self._clip = clip

    def reset(self, **opts):
        self._seen = set()
        self.set(**opts)

    def _size(self, obj, root):
        """Deep bytes of `obj` not yet seen."""
        if id(obj) in self._seen or (not root and _minipy._is_shared(obj)):
            return 0
        self._seen.add(id(obj))
        total = sys.getsizeof(obj)
        stack = list(gc.get_referents(obj))
        while stack:
            o = stack.pop()
            if id(o) in self._seen or _minipy._is_shared(o):
                continue
            self._seen.add(id(o))
            total += sys.getsizeof(o)
            stack.extend(gc.get_referents(o))
        return total

    def asizeof(self, *objs, **opts):
        self.set(**opts)
        return sum(self._size(o, True) for o in objs)

    def asizesof(self, *objs, **opts):
        """Each object's deep size without the other objects given (Pympler excludes
        references between them); a duplicate's size is zero."""
        self.set(**opts)
        self._seen.update(id(o) for o in objs)
        sizes = []
        done = set()
        for o in objs:
            if id(o) in done:
                sizes.append(0)
                continue
            done.add(id(o))
            self._seen.discard(id(o))
            sizes.append(self._size(o, True))
        return tuple(sizes)

    def _asized(self, obj, name, detail, root):
        if not root and (id(obj) in self._seen or _minipy._is_shared(obj)):
            return Asized(0, 0, (), name)
        if detail > 0:
            # Referents first (each measured once), then the object's own bytes.
            self._seen.add(id(obj))
            refs = [self._asized(o, n, detail - 1, False)
                    for n, o in _named_refs(obj, self._clip)]
            flat = sys.getsizeof(obj)
            rest = 0
            for o in gc.get_referents(obj):
                rest += self._size(o, False)
            return Asized(flat + sum(r.size for r in refs) + rest, flat, refs, name)
        flat = sys.getsizeof(obj)
        return Asized(self._size(obj, root), flat, (), name)

    def asized(self, *objs, **opts):
        detail = opts.pop('detail', 0)
        self.set(**opts)
        out = tuple(self._asized(o, _repr(o, self._clip), detail, True) for o in objs)
        return out[0] if len(out) == 1 else out


def asizeof(*objs, **opts):
    """The combined deep size of `objs` in bytes, shared objects counted once."""
    return Asizer(**opts).asizeof(*objs)


def asizesof(*objs, **opts):
    """The deep size of each of `objs`; an object shared with an earlier one is
    counted with the earlier one only."""
    return Asizer(**opts).asizesof(*objs)


def asized(*objs, **opts):
    """An Asized per object (one object: that Asized), with referents `detail` levels
    deep (`detail=1`: the object's direct referents)."""
    return Asizer().asized(*objs, **opts)
