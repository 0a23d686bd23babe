# Timer calls its function after the interval unless cancelled; threading.local
# gives each thread its own attributes.
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
t.start()
t.join()
print(fired)
c = threading.Timer(10, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set())

data = threading.local()
data.value = "main"
seen = {}


def work(name):
    seen[name + " before"] = getattr(data, "value", None)
    data.value = name
    seen[name + " after"] = data.value


ts = [threading.Thread(target=work, args=(n,)) for n in ("a", "b")]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(sorted(seen.items()))
print(data.value)


class Config(threading.local):
    def __init__(self, level):
        self.level = level
        self.calls = []


cfg = Config(3)
cfg.level = 7
levels = []


def other():
    levels.append(cfg.level)
    cfg.calls.append("x")
    levels.append(len(cfg.calls))


th = threading.Thread(target=other)
th.start()
th.join()
print(levels, cfg.level, cfg.calls)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
