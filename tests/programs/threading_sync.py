# Event handshake, Condition notify / notify_all, Semaphore limits, Barrier rounds.
import threading
import time

# Event: the worker waits for the go signal, then answers on another event.
go = threading.Event()
answered = threading.Event()
log = []


def responder():
    go.wait()
    log.append("responder saw go")
    answered.set()


t = threading.Thread(target=responder)
t.start()
log.append("main sets go")
go.set()
answered.wait()
t.join()
print(log)
print(go.is_set(), go.wait(0), threading.Event().wait(0.01))
go.clear()
print(go.is_set())

# Condition: consumers wait for items, notified one at a time.
cond = threading.Condition()
items = []
taken = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        taken.append(items.pop())


consumers = [threading.Thread(target=consumer) for _ in range(3)]
for c in consumers:
    c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in consumers:
    c.join()
print(sorted(taken))

# notify_all wakes every waiter.
gate = threading.Condition()
opened = False
woken = []
waiting = threading.Semaphore(0)


def waiter(n):
    with gate:
        waiting.release()
        gate.wait_for(lambda: opened)
        woken.append(n)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
for _ in ws:
    waiting.acquire()
with gate:
    opened = True
    gate.notify_all()
for w in ws:
    w.join()
print(sorted(woken))
with gate:
    print(gate.wait(0.01))
try:
    gate.wait()
except RuntimeError as e:
    print("RuntimeError:", e)

# Semaphore: at most two workers inside at once. The two inside wait for `proceed`,
# so a third cannot get in meanwhile.
sem = threading.Semaphore(2)
inside = 0
peak = 0
count_lock = threading.Lock()
entered = threading.Semaphore(0)
proceed = threading.Event()


def limited():
    global inside, peak
    with sem:
        with count_lock:
            inside += 1
            peak = max(peak, inside)
        entered.release()
        proceed.wait()
        with count_lock:
            inside -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
entered.acquire()
entered.acquire()
print("a third got in:", entered.acquire(timeout=0.05))
proceed.set()
for t in ts:
    t.join()
print("peak inside", peak, "now", inside)
bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)
print(threading.Semaphore(0).acquire(timeout=0.01), threading.Semaphore(1).acquire(False))

# Barrier: three threads meet twice; the action runs once per round.
rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append("round"))
indices = []


def meet():
    for _ in range(2):
        indices.append(barrier.wait())


ts = [threading.Thread(target=meet) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(rounds, sorted(indices), barrier.n_waiting, barrier.broken, barrier.parties)
lonely = threading.Barrier(2)
try:
    lonely.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", lonely.broken)
lonely.reset()
print(lonely.broken)
