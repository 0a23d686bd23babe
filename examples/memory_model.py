# The memory model: every object lives on the interpreter's heap, small objects are
# carved out of pools (as CPython's pymalloc does), and a function's local variables
# live only as long as the call that made them.
#
# Run: minipy examples/memory_model.py
# The pool report of sys._debugmallocstats() goes to stderr, before and after.
import sys


def new_blocks(make):
    """Runs make() and returns how many heap blocks its result added, with the result.

    sys.getallocatedblocks() counts the blocks in use; the int holding the first
    reading is itself a block, hence the - 1.
    """
    before = sys.getallocatedblocks()
    made = make()
    return sys.getallocatedblocks() - before - 1, made


# 1. Everything is an object with a block of its own. 10,000 tuples of two ints
#    (all above 256, so none comes from the small-int cache): one block per tuple,
#    one per int, and one for the list holding them.
def many_small_objects():
    return [(i, i) for i in range(1000, 11000)]


print("== everything is an object on the heap")
sys.stderr.write("--- _debugmallocstats() before\n")
sys._debugmallocstats()
added, objects = new_blocks(many_small_objects)
print("new blocks:", added, "= 10,000 tuples + 10,000 ints + 1 list")
sys.stderr.write("--- _debugmallocstats() after allocating 10,000 tuples\n")
sys._debugmallocstats()
print("(the pool reports before and after are on stderr)")
# What to look for in the two reports: the "blocks in use" of the class of a two-item
# tuple grow by 10,000, those of the class of an int by 10,001 (10,000 ints and
# `added`) and those of the list object's class by one, while the other classes stay
# put; the list's 10,000 slots are one more large block.
print("size classes to compare: %d bytes (a tuple of two), %d bytes (an int)"
      % (sys.getsizeof((1000, 1001)), sys.getsizeof(1000)))

# 2. Blocks of one size come from the same pool, side by side. Fresh tuples of four
#    items are each one block of the same size class, so their addresses step by
#    exactly that size (a class the growing list's own storage does not use).
print()
print("== small objects come from pools")
pairs = [(i, i + 1000, -i, 2 * i) for i in range(8)]
steps = [id(b) - id(a) for a, b in zip(pairs, pairs[1:])]
print("address steps between consecutive tuples:", steps)
print("the step is the tuple's block size:", steps[0] == sys.getsizeof(pairs[0]))
# A freed block goes back on its pool's free list and is the next one handed out.
size = len(pairs)
last = pairs.pop()
freed_at = id(last)
del last
reused = (size, -1, -size)
print("a freed block is reused by the next tuple:", id(reused) == freed_at)

# 3. Freeing gives the blocks back: dropping the only reference frees all of them at
#    once (the "blocks in use" of the size classes drop again).
print()
print("== freeing returns blocks to the pools")
before = sys.getallocatedblocks()
del objects
# + 1: the int `before` was allocated after its own reading.
print("blocks freed by del:", before - sys.getallocatedblocks() + 1)

# 4. Large containers get their own memory: a list of 100,000 slots needs far more
#    than the 512-byte limit of pooled blocks, so its storage is a separate large
#    block (see "# large blocks" in the reports).
print()
print("== large containers")
big = [None] * 100000
print("getsizeof(list of 100,000 slots):", sys.getsizeof(big))
print("larger than a pooled block (512 bytes):", sys.getsizeof(big) > 512)
del big


# 5. Frames appear and vanish with calls. Each active call keeps its own locals: at
#    depth n, n lists are alive; when the calls return, all of them are gone.
def descend(depth, start):
    local = [depth]  # one block per active call
    # - 1: the int `start` is a block too.
    print("  depth", depth, "->", sys.getallocatedblocks() - start - 1, "lists alive")
    if depth < 5:
        descend(depth + 1, start)
    return len(local)


print()
print("== frames come and go with calls")
start = sys.getallocatedblocks()
descend(1, start)
print("after the calls returned:", sys.getallocatedblocks() - start - 1, "lists alive")
