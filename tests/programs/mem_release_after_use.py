# Memory given back after use: a drained deque is as small as a new one, and each
# failed allocation raises its own MemoryError, whose traceback holds only its own
# frames.
import sys
from collections import deque

d = deque()
empty = sys.getsizeof(d)
for i in range(100000):
    d.append(i)
print(sys.getsizeof(d) > empty)
while len(d) > 10:
    d.popleft()
print(sys.getsizeof(d) < 4 * empty)
while d:
    d.pop()
print(sys.getsizeof(d) == empty)
for i in range(50000):
    d.appendleft(i)
while len(d) > 1:
    del d[len(d) // 2]
print(sys.getsizeof(d) == empty, list(d))


def too_big():
    return [0] * (2 ** 62)


errors = []
for attempt in range(3):
    try:
        too_big()
    except MemoryError as e:
        errors.append(e)
print([type(e).__name__ for e in errors], errors[0] is errors[1], errors[1] is errors[2])
for e in errors:
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print(depth, e.__context__, e.__cause__)
try:
    "x" * (2 ** 62)
except MemoryError as e:
    print(repr(e), e.args)
