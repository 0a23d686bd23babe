import queue

print(queue.Empty, queue.Full, queue.SimpleQueue, queue.__all__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
for i in range(3):
    q.put(i)
q.put_nowait("x")
print(q.qsize(), q.empty(), q.full(), list(q.queue), q.unfinished_tasks)
print(q.get(), q.get_nowait(), q.get(True, 5), q.get(timeout=0.1), q.empty())
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01),
             lambda: q.get(block=False, timeout=-1)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)

for _ in range(4):
    q.task_done()
print(q.unfinished_tasks, q.join())
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

b = queue.Queue(maxsize=2)
b.put(1)
b.put(2)
print(b.full(), b.qsize())
for call in (lambda: b.put(3, block=False), lambda: b.put_nowait(3),
             lambda: b.put(3, timeout=0.01)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(b.get(), b.full())
b.put(3)
print(list(b.queue))
neg = queue.Queue(-5)
for i in range(10):
    neg.put(i)
print(neg.full(), neg.qsize())
neg.put(1, timeout=-1)

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print(lq.queue, [lq.get() for _ in range(3)], lq.empty())

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print(pq.qsize(), [pq.get_nowait() for _ in range(4)])
try:
    pq.get_nowait()
except queue.Empty:
    print("pq empty")

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=-5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("sq empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    sq.get(timeout=0)
except queue.Empty:
    print("sq empty timeout")


class Tracking(queue.Queue):
    def _put(self, item):
        print("put", item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("got", item)
        return item


t = Tracking(1)
t.put("one")
print(t.get(), t.unfinished_tasks)
print(queue.Queue.__class_getitem__ is not None)
try:
    raise queue.Empty
except queue.Empty as e:
    print(type(e).__name__, type(e).__module__)
