# deque vs list for queue work. A list keeps its items in one contiguous array:
# taking the first item (pop(0)) or adding one in front (insert(0, x)) moves every
# other item, so a queue on a list costs O(n) per operation. collections.deque keeps
# its items in fixed blocks of 64 slots linked end to end: both ends cost O(1), and
# memory comes and goes one block at a time as the queue grows and drains.
#
# Run: minipy examples/deque_vs_list.py
import sys
import time
from collections import deque

N = 30000


def as_ms(seconds):
    return f"{seconds * 1000:.1f} ms"


# 1. Time: fill a queue with N items, then serve them first-in first-out.
def list_queue():
    q = []
    for i in range(N):
        q.append(i)
    total = 0
    while q:
        total += q.pop(0)  # shifts the N - 1 items behind it
    return total


def deque_queue():
    q = deque()
    for i in range(N):
        q.append(i)
    total = 0
    while q:
        total += q.popleft()  # O(1)
    return total


print(f"== serving {N} items first-in first-out")
start = time.perf_counter()
list_total = list_queue()
list_time = time.perf_counter() - start
start = time.perf_counter()
deque_total = deque_queue()
deque_time = time.perf_counter() - start
print("list  append/pop(0):    ", as_ms(list_time))
print("deque append/popleft(): ", as_ms(deque_time))
print("same result:", list_total == deque_total)
print("deque faster:", deque_time < list_time)

# Adding at the front is the same story: insert(0, x) moves everything.
start = time.perf_counter()
front = []
for i in range(N):
    front.insert(0, i)
list_time = time.perf_counter() - start
start = time.perf_counter()
dfront = deque()
for i in range(N):
    dfront.appendleft(i)
deque_time = time.perf_counter() - start
print("list  insert(0, x):     ", as_ms(list_time))
print("deque appendleft(x):    ", as_ms(deque_time))
print("same order:", list(dfront) == front, " deque faster:", deque_time < list_time)
del front, dfront

# 2. Memory: sys.getsizeof reports the object and the storage it owns. A list's
#    array grows with some room to spare; a deque grows one 64-slot block at a time.
print()
print("== memory while a queue grows and drains")
q_list = []
q_deque = deque()
print(f"{'items':>6} {'list bytes':>11} {'deque bytes':>12}")
print(f"{0:>6} {sys.getsizeof(q_list):>11} {sys.getsizeof(q_deque):>12}")
for n in (1, 64, 65, 1000, 10000):
    while len(q_list) < n:
        q_list.append(None)
        q_deque.append(None)
    print(f"{n:>6} {sys.getsizeof(q_list):>11} {sys.getsizeof(q_deque):>12}")
print("draining from the front:")
for n in (5000, 100, 10, 0):
    while len(q_list) > n:
        q_list.pop(0)
        q_deque.popleft()
    print(f"{n:>6} {sys.getsizeof(q_list):>11} {sys.getsizeof(q_deque):>12}")

# 3. Heap blocks: a deque's blocks are storage of the deque, not objects, so the
#    live object count only sees the items and the deque itself.
print()
print("== objects on the heap")
before = sys.getallocatedblocks()
waiting = deque("job %d" % i for i in range(1000))
# - 1: the int `before` is itself a block.
print("a deque of 1000 strings adds", sys.getallocatedblocks() - before - 1, "objects")
waiting.clear()
print("after clear():", sys.getallocatedblocks() - before - 1, "object (the deque)")

# 4. A bounded queue: maxlen keeps only the newest items, dropping from the other end.
print()
print("== bounded deque (maxlen)")
recent = deque(maxlen=3)
for event in ["boot", "login", "read", "write", "logout"]:
    recent.append(event)
print("newest three:", list(recent))
print("memory of a maxlen=3 deque stays that of an empty one:",
      sys.getsizeof(recent) == sys.getsizeof(deque(maxlen=3)))
