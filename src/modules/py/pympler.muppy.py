"""pympler.muppy: the objects alive in the interpreter, and filters over them."""

import gc
import sys

from pympler import summary as _summary

__all__ = ['get_objects', 'get_size', 'sort', 'filter', 'get_referents',
           'print_summary']


def get_objects(remove_dups=True, include_frames=False):
    """Every object the collector tracks, after a collection, plus the untracked
    objects those refer to directly (Pympler's definition)."""
    return _objects_except(set(), remove_dups)


def _objects_except(skip, remove_dups=True):
    """get_objects() without the containers whose ids are in `skip` (which are not
    looked into either)."""
    gc.collect()
    tmp = [o for o in gc.get_objects() if id(o) not in skip]
    res = []
    for o in tmp:
        for ref in gc.get_referents(o):
            if not gc.is_tracked(ref):
                res.append(ref)
    res.extend(tmp)
    if remove_dups:
        seen = set()
        unique = []
        for o in res:
            if id(o) not in seen:
                seen.add(id(o))
                unique.append(o)
        res = unique
    return res


def get_size(objects):
    """The total flat size of `objects` in bytes (exact heap bytes)."""
    return sum(sys.getsizeof(o) for o in objects)


def sort(objects):
    """`objects` sorted by flat size, smallest first."""
    return sorted(objects, key=sys.getsizeof)


def filter(objects, Type=None, min=-1, max=-1):
    """The objects of type `Type` (if given) whose flat size is within [min, max]
    (a bound of -1 is no bound)."""
    res = objects if Type is None else [o for o in objects if isinstance(o, Type)]
    if min > -1:
        res = [o for o in res if sys.getsizeof(o) >= min]
    if max > -1:
        res = [o for o in res if sys.getsizeof(o) <= max]
    return res


def get_referents(object, level=1):
    """The objects `object` refers to, `level` steps away."""
    res = gc.get_referents(object)
    level -= 1
    if level > 0:
        for o in list(res):
            res.extend(get_referents(o, level))
    seen = set()
    out = []
    for o in res:
        if id(o) not in seen:
            seen.add(id(o))
            out.append(o)
    return out


def print_summary():
    """Prints a summary of all live objects (summary.print_ of get_objects())."""
    _summary.print_(_summary.summarize(get_objects()))
