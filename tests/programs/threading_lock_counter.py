# Many threads increment one counter under a Lock: the total is exact. RLock may be
# taken again by its owner; `with lock:` releases on the way out.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            value = counter
            counter = value + 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
print(lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

rlock = threading.RLock()
with rlock:
    with rlock:
        print("nested RLock ok")
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# A lock held by one thread: another thread's acquire with a timeout fails.
held = threading.Lock()
held.acquire()
outcome = []
t = threading.Thread(target=lambda: outcome.append(held.acquire(timeout=0.05)))
t.start()
t.join()
print("other thread got it:", outcome)
held.release()

# An RLock owned by another thread cannot be released here.
owned = threading.RLock()
ready = threading.Event()
finish = threading.Event()


def owner():
    with owned:
        ready.set()
        finish.wait()


t = threading.Thread(target=owner)
t.start()
ready.wait()
try:
    owned.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(owned.acquire(blocking=False))
finish.set()
t.join()
print(owned.acquire(blocking=False))
owned.release()

for bad in (dict(blocking=False, timeout=1), dict(timeout=-5)):
    try:
        lock.acquire(**bad)
    except ValueError as e:
        print("ValueError:", e)
print(type(lock).__name__, threading.Lock is __import__("_thread").allocate_lock)
