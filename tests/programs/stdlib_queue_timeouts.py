# queue: when a timeout is checked, what subclass hooks see, class subscripts.
import queue

q = queue.Queue(1)
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print('ValueError', e, q.qsize())
q.put(1, block=False, timeout=-1)
try:
    q.put(2, block=False, timeout=-1)
except queue.Full:
    print('Full without a timeout check')
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print('ValueError', e, q.qsize())
print(q.get(block=False, timeout=-1), q.empty())
try:
    q.put(2)
    q.put(3, True, 'x')
except TypeError as e:
    print('TypeError', e)
unbounded = queue.Queue()
unbounded.put('a', timeout=-1)
print(unbounded.qsize(), unbounded.full(), queue.Queue(0).full())
for count in range(3):
    unbounded.put(count)
while not unbounded.empty():
    unbounded.get()
    unbounded.task_done()
print(unbounded.join(), unbounded.unfinished_tasks)
try:
    unbounded.task_done()
except ValueError as e:
    print('ValueError', e)

sq = queue.SimpleQueue()
for kwargs in (dict(block=False, timeout=-1), dict(timeout=-1), dict(timeout=0), dict(timeout='x'), dict(block=False)):
    try:
        sq.get(**kwargs)
    except (queue.Empty, ValueError, TypeError) as e:
        print(kwargs, type(e).__name__, e)
sq.put(1, timeout=-5)
sq.put_nowait(2)
print(sq.qsize(), sq.get(timeout=0), sq.get(block=False), sq.empty())

print(queue.Queue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple], queue.SimpleQueue[int])
print(queue.Empty, queue.Full, queue.SimpleQueue, type(queue.Queue().queue).__name__)
print(type(queue.LifoQueue().queue).__name__, type(queue.PriorityQueue().queue).__name__)


class Bounded(queue.PriorityQueue):
    def _put(self, item):
        super()._put(-item)

    def _get(self):
        return -super()._get()


b = Bounded(3)
for value in (5, 1, 9):
    b.put(value)
print(b.full(), b.queue, [b.get() for _ in range(3)])
lq = queue.LifoQueue(2)
lq.put('x')
lq.put('y')
try:
    lq.put_nowait('z')
except queue.Full as e:
    print('Full', repr(e), lq.queue)
print(lq.get_nowait(), lq.get(), lq.unfinished_tasks)
