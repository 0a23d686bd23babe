# Worker threads fed by a queue.Queue, stopped by a sentinel; results come back
# through a second queue and are printed in a fixed order.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()
STOP = object()


def worker(n):
    while True:
        item = tasks.get()
        if item is STOP:
            tasks.task_done()
            break
        results.put((item, item * item, n))
        tasks.task_done()


workers = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for w in workers:
    w.start()
for i in range(50):
    tasks.put(i)
tasks.join()
print("all tasks done:", tasks.unfinished_tasks)
for _ in workers:
    tasks.put(STOP)
for w in workers:
    w.join()
print("workers alive:", [w.is_alive() for w in workers])
got = []
while not results.empty():
    got.append(results.get_nowait())
got.sort()
print(len(got), sum(sq for _, sq, _ in got))
print(got[:3] == [(0, 0, got[0][2]), (1, 1, got[1][2]), (2, 4, got[2][2])])
print(set(n for _, _, n in got) <= {0, 1, 2, 3})

# A bounded queue makes the producer wait for the consumer.
bounded = queue.Queue(maxsize=2)
seen = []


def consume():
    for _ in range(10):
        seen.append(bounded.get())


c = threading.Thread(target=consume)
c.start()
for i in range(10):
    bounded.put(i)
c.join()
print(seen)

# Timeouts expire when nobody puts or gets.
try:
    queue.Queue().get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
full = queue.Queue(1)
full.put(1)
try:
    full.put(2, timeout=0.05)
except queue.Full:
    print("Full after timeout")

# LifoQueue, PriorityQueue and SimpleQueue across threads.
for cls in (queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    t = threading.Thread(target=lambda: [q.put(x) for x in (3, 1, 2)])
    t.start()
    t.join()
    print(cls.__name__, [q.get() for _ in range(3)])
sq = queue.SimpleQueue()
t = threading.Thread(target=lambda: sq.put("hello"))
t.start()
print(sq.get(timeout=5))
t.join()
