# Thread objects: names, idents, daemon flags, join, current_thread, enumerate,
# active_count, and the errors CPython raises.
import threading
import _thread

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))
print(threading.active_count(), len(threading.enumerate()))


def named():
    me = threading.current_thread()
    print("in", me.name, me.daemon, me.is_alive(), me.ident == threading.get_ident())


t = threading.Thread(target=named)
print(t.name, t.ident, t.is_alive(), t.daemon)
t.start()
t.join()
print(t.is_alive(), t.ident is not None, t.native_id is not None)
t2 = threading.Thread(target=named, name="worker-x", daemon=True)
t2.start()
t2.join()


class Counter(threading.Thread):
    def __init__(self):
        super().__init__(name="counter")
        self.total = 0

    def run(self):
        for i in range(100):
            self.total += i


c = Counter()
c.start()
c.join()
print(c.name, c.total)

try:
    c.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=named).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

# join with a timeout returns while the thread still runs.
release = threading.Event()
slow = threading.Thread(target=release.wait)
slow.start()
slow.join(timeout=0.01)
print("alive after timed join:", slow.is_alive())
print(threading.active_count(), slow in threading.enumerate())
release.set()
slow.join()
print("alive after join:", slow.is_alive())

# _thread directly.
done = _thread.allocate_lock()
done.acquire()
box = []


def low_level(a, b, c=None):
    box.append((a, b, c, threading.current_thread().name.startswith("Dummy")))
    done.release()


_thread.start_new_thread(low_level, (1, 2), {"c": 3})
done.acquire()
print(box)
for bad in ((1, ()), (print, []), (print, (), [])):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.error is RuntimeError)
print(threading.ThreadError is RuntimeError, _thread.stack_size())
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)

# A thread with a small stack still ends deep recursion with RecursionError.
print(threading.stack_size(256 * 1024), threading.stack_size())


def deep(n):
    return deep(n + 1)


def recurse():
    try:
        deep(0)
    except RecursionError as e:
        print("RecursionError:", e)


t = threading.Thread(target=recurse)
t.start()
t.join()
print(threading.stack_size(0))
for bad in ((-1,), (100,), (1, 2)):
    try:
        threading.stack_size(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
