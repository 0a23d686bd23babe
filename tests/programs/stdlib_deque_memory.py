# deque memory comes and goes a 64-slot block at a time; cycles through the new
# types are found by the collector
import gc
import sys
from collections import deque, defaultdict, OrderedDict, Counter
from functools import partial, lru_cache
from itertools import cycle, tee, chain

empty = sys.getsizeof(deque())
d = deque()
sizes = []
for i in range(200):
    d.append(i)
    sizes.append(sys.getsizeof(d))
steps = [i + 1 for i in range(1, 200) if sizes[i] != sizes[i - 1]]
print(sizes[0] == empty, steps, len(set(sizes)))
block = sizes[steps[0] - 1] - sizes[steps[0] - 2]
print(all(sizes[s - 1] - sizes[s - 2] == block for s in steps), block > 0)
for _ in range(150):
    d.popleft()
print(sys.getsizeof(d) < sizes[-1], len(d))
while d:
    d.pop()
print(sys.getsizeof(d) == empty)
print(sys.getsizeof(deque(range(63))) == empty, sys.getsizeof(deque(range(64))) > empty)
left = deque()
lsizes = []
for i in range(100):
    left.appendleft(i)
    lsizes.append(sys.getsizeof(left))
print([i + 1 for i in range(1, 100) if lsizes[i] != lsizes[i - 1]])
print(sys.getsizeof(deque(range(1000))) > sys.getsizeof(deque(range(100))) > empty)

gc.collect()
def cycles():
    a = deque()
    a.append(a)
    b = defaultdict(list)
    b["me"] = b
    c = OrderedDict()
    c["me"] = c
    p = partial(print)
    p.me = p
    cnt = Counter()
    cnt["me"] = cnt
    l = []
    cy = cycle(l)
    l.append(cy)
    next(cy)
cycles()
print(gc.collect() > 0, gc.collect())

class Tracked:
    alive = 0
    def __init__(self):
        Tracked.alive += 1
    def __del__(self):
        Tracked.alive -= 1

def make():
    q = deque([Tracked() for _ in range(3)])
    q.append(q)
    f = lru_cache(maxsize=None)(lambda x: x)
    f(Tracked())
    t1, t2 = tee([Tracked()])
    ch = chain([Tracked()])
    return [t1, t2, ch]
keep = make()
gc.collect()
print(Tracked.alive)
del keep
gc.collect()
print(Tracked.alive)
