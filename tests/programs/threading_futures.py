# concurrent.futures.ThreadPoolExecutor: submit, map, as_completed, wait, results
# and exceptions, the context manager that shuts the pool down.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait,
                                FIRST_COMPLETED, ALL_COMPLETED, Future,
                                CancelledError, TimeoutError)


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(square, range(10))))
    futures = [pool.submit(square, n) for n in range(8)]
    print(sorted(f.result() for f in as_completed(futures)))
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))


def fail(x):
    raise KeyError(x)


with ThreadPoolExecutor(2, thread_name_prefix="pool") as pool:
    f = pool.submit(fail, "k")
    try:
        f.result()
    except KeyError as e:
        print("KeyError", e)
    print(type(f.exception()).__name__, f.done(), f.cancelled())
    names = set(pool.map(lambda _: threading.current_thread().name.split("_")[0], range(6)))
    print(names)
    gate = threading.Event()
    slow = pool.submit(gate.wait)
    quick = pool.submit(square, 3)
    first, rest = wait([slow, quick], return_when=FIRST_COMPLETED)
    print(quick in first, slow in rest)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("TimeoutError")
    gate.set()
    print(slow.result())

try:
    pool.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

f = Future()
print(f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except CancelledError:
    print("CancelledError")
g = Future()
calls = []
g.add_done_callback(lambda fut: calls.append(fut.result()))
g.set_result(42)
print(calls, g.result())

# Results of many small jobs add up exactly.
with ThreadPoolExecutor(max_workers=3) as pool:
    total = sum(pool.map(lambda x: x + 1, range(1000)))
print(total)
