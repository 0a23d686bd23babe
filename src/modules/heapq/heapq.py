# The Python half of heapq. The heap primitives (heappush, heappop, heapify,
# heapreplace, heappushpop and the max-heap variants _heapify_max, _heappop_max and
# _heapreplace_max) are native and already in the module namespace when this runs;
# merge, nsmallest and nlargest are built on them here.
#
# All three keep CPython's order of comparisons and key calls, which shows when items
# compare equal (the earlier input wins) or when a key or a comparison has side
# effects.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

# Returned by next() when an input runs dry.
_EXHAUSTED = object()


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator, lazily; equal items come out
    in the order of the inputs they came from.

    With reverse=True the inputs must be sorted from largest to smallest, and so is
    the output. key, as for sorted(), gives the value items are ordered by."""
    if reverse:
        build, drop, advance, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, drop, advance, sign = heapify, heappop, heapreplace, 1

    # One entry per non-empty input: [sort value, rank, item, iterator]. The rank
    # is unique, so entries never compare their items or iterators, and ties go
    # to the earlier input whichever way the heap is ordered.
    entries = []
    for rank, source in enumerate(map(iter, iterables)):
        item = next(source, _EXHAUSTED)
        if item is not _EXHAUSTED:
            entries.append([item if key is None else key(item), rank * sign, item, source])
    build(entries)

    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        item = next(top[3], _EXHAUSTED)
        if item is _EXHAUSTED:
            drop(entries)
        else:
            top[0] = item if key is None else key(item)
            top[2] = item
            advance(entries, top)

    # A lone input left needs no more comparisons: pass the rest straight through.
    if entries:
        _, _, item, source = entries[0]
        yield item
        yield from source


def _length_if_known(iterable):
    """len(iterable), or None for an iterable without a length."""
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def _select(n, iterable, key, largest):
    """The n largest (or smallest) items, best first; ties keep input order.

    Keeps the n best seen so far in a heap whose root is the worst of them, so
    each further item costs one comparison with the root unless it gets in."""
    if n == 1:
        pick = max if largest else min
        found = pick(iter(iterable), default=_EXHAUSTED, key=key)
        return [] if found is _EXHAUSTED else [found]

    # When everything is wanted anyway, sorting is quicker.
    size = _length_if_known(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]

    # Entries are (sort value, tag, item). Tags are unique and grow away from the
    # best end (0, 1, 2... for the smallest; 0, -1, -2... for the largest), so
    # among equal values the earlier item ranks higher and items are never compared.
    step = -1 if largest else 1
    source = iter(iterable)
    # range() goes first in zip() so that no item is taken from source and lost.
    kept = [(item if key is None else key(item), tag, item)
            for tag, item in zip(range(0, n * step, step), source)]
    if not kept:
        return kept
    if largest:
        heapify(kept)
        replace = heapreplace
    else:
        _heapify_max(kept)
        replace = _heapreplace_max

    worst = kept[0][0]
    tag = n * step
    for item in source:
        value = item if key is None else key(item)
        if (worst < value) if largest else (value < worst):
            replace(kept, (value, tag, item))
            worst = kept[0][0]
            tag += step
    kept.sort(reverse=largest)
    return [item for _, _, item in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n] would
    give them."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as sorted(iterable, key=key,
    reverse=True)[:n] would give them."""
    return _select(n, iterable, key, True)
