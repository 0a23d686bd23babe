# A leak through a global cache, found with tracemalloc and fixed.
#
# A module-level dict used to memoise results is a classic leak: every new key adds an
# entry that is never removed, so the process grows for as long as new keys keep coming
# (request ids, timestamps, user input...). Nothing is "lost" in the refcounting sense
# -- the dict still references everything -- which is why neither refcounting nor the
# cycle collector can help: the program has to stop keeping the entries.
#
# tracemalloc records, for every live heap block, the source line that allocated it.
# Comparing a snapshot taken before some work with one taken after shows which lines
# own the blocks that appeared in between: the leak's allocation site tops the list.
#
# Run: minipy examples/leak_global_cache.py
import functools
import tracemalloc

# Only blocks allocated by this file are of interest here (not those of the tracemalloc
# module's own bookkeeping, nor of other modules).
THIS_FILE = tracemalloc.Filter(True, __file__)


def snapshot():
    return tracemalloc.take_snapshot().filter_traces([THIS_FILE])


def show_top(title, after, before, limit=3):
    """Prints the `limit` source lines whose memory grew most between the snapshots.

    Each line reads (as in CPython):
      file:line: size=NOW (+GROWTH), count=BLOCKS (+NEW BLOCKS), average=SIZE PER BLOCK
    """
    print(title)
    for stat in after.compare_to(before, "lineno")[:limit]:
        print("  ", stat)


# 1. The leak: render() memoises its result per request id in a global dict. Ids are
#    never repeated, so every call adds an entry -- a string of 120 characters and its
#    key -- and nothing ever removes one.
_rendered = {}


def render(request_id):
    page = _rendered.get(request_id)
    if page is None:
        page = ("<p>request %d</p>" % request_id).ljust(120)  # the leaking line
        _rendered[request_id] = page
    return page


def serve(handler, first, count):
    for request_id in range(first, first + count):
        handler(request_id)


tracemalloc.start()
print("== the leak: a memoising dict that grows forever")
before = snapshot()
serve(render, 0, 1000)
after = snapshot()
show_top("top growth after 1,000 requests:", after, before)
print("entries in the cache:", len(_rendered))
# Serving more requests grows the same line again: a leak, not a one-off warm-up.
serve(render, 1000, 1000)
again = snapshot()
show_top("and after 1,000 more:", again, after, limit=1)
print("entries in the cache:", len(_rendered))
print()
# What to look for: the line marked "the leaking line" leads, its size and count grow by
# the same amount with every 1,000 requests, and the average (one string per entry)
# stays put. Next come the dict's own tables (the `_rendered[request_id] = page` line),
# which grow in steps as the dict is resized, and the keys: the ids above 256 are ints
# made by the `for` line of serve() (those up to 256 come from the small-int cache).

# 2. The fix: bound the cache. functools.lru_cache(maxsize=...) keeps only the most
#    recently used results, so its size stops growing once it is full. (Clearing the
#    dict or holding the results in a weakref.WeakValueDictionary would also do.)
_rendered.clear()  # gives back everything the leak held
before = after = again = None  # the names stay, so the namespace does not grow below


@functools.lru_cache(maxsize=100)
def render_bounded(request_id):
    return ("<p>request %d</p>" % request_id).ljust(120)


print("== the fix: functools.lru_cache(maxsize=100)")
serve(render_bounded, 0, 1000)  # fills the cache to its bound
before = snapshot()
serve(render_bounded, 1000, 1000)
after = snapshot()
show_top("top growth over 1,000 more requests:", after, before, limit=2)
growth = sum(stat.size_diff for stat in after.compare_to(before, "lineno"))
print("total growth:", growth, "bytes")
print("cache:", render_bounded.cache_info())
# What to look for: every line shows (+0 B). The cache holds at most 100 results (and
# their 100 keys), and serving another 1,000 requests leaves memory where it was: each
# new result replaces the least recently used one, whose blocks are freed at once.
render_bounded.cache_clear()
del before, after
tracemalloc.stop()
