"""A simple event system whose subscribers are held weakly."""
import gc
import weakref
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, event, callback):
        if hasattr(callback, "__self__") and hasattr(callback, "__func__"):
            ref = weakref.WeakMethod(callback, self._make_cleanup(event))
        else:
            ref = weakref.ref(callback, self._make_cleanup(event))
        self._subs[event].append(ref)
        return ref

    def _make_cleanup(self, event):
        bus_ref = weakref.ref(self)

        def cleanup(dead_ref):
            bus = bus_ref()
            if bus is not None:
                bus._subs[event] = [r for r in bus._subs[event] if r is not dead_ref]
                print(f"  (bus) dropped dead subscriber for {event!r}")
        return cleanup

    def emit(self, event, *args):
        delivered = 0
        for ref in list(self._subs.get(event, ())):
            cb = ref()
            if cb is not None:
                cb(*args)
                delivered += 1
        return delivered

    def count(self, event):
        return len(self._subs.get(event, ()))


class Widget:
    instances = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        self.received = []
        Widget.instances.add(self)

    def on_click(self, x, y):
        self.received.append((x, y))
        print(f"  {self.name} clicked at {x},{y}")

    def on_key(self, key):
        print(f"  {self.name} got key {key!r}")

    def __repr__(self):
        return f"Widget({self.name!r})"


def log_click(x, y):
    print(f"  logger: click {x},{y}")


bus = EventBus()
ok = Widget("ok")
cancel = Widget("cancel")
bus.subscribe("click", ok.on_click)
bus.subscribe("click", cancel.on_click)
bus.subscribe("click", log_click)
bus.subscribe("key", cancel.on_key)
print("click subscribers:", bus.count("click"), "| live widgets:", sorted(w.name for w in Widget.instances))
print("delivered:", bus.emit("click", 1, 2))

print("deleting cancel")
del cancel
gc.collect()
print("click subscribers:", bus.count("click"), "key subscribers:", bus.count("key"))
print("delivered:", bus.emit("click", 3, 4), bus.emit("key", "q"))
print("live widgets:", sorted(w.name for w in Widget.instances))

tmp = lambda *a: print("  lambda got", a)
r = bus.subscribe("click", tmp)
print("lambda alive:", r() is tmp)
del tmp
gc.collect()
print("lambda ref now:", r())

cache = weakref.WeakValueDictionary()


class Image:
    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return f"Image({self.path!r})"


def load(path):
    img = cache.get(path)
    if img is None:
        img = Image(path)
        cache[path] = img
        print(f"  loaded {path}")
    return img


a = load("a.png")
b = load("b.png")
a2 = load("a.png")
print(a is a2, sorted(cache.keys()))
del a, a2
gc.collect()
print("after dropping a:", sorted(cache.keys()), len(cache))

meta = weakref.WeakKeyDictionary()
k1, k2 = Image("k1"), Image("k2")
meta[k1] = {"w": 10}
meta[k2] = {"w": 20}
print(len(meta), meta[k1])
del k1
gc.collect()
print(len(meta), [img.path for img in meta.keys()])


class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent else None

    def path(self):
        node, parts = self, []
        while node:
            parts.append(str(node.value))
            node = node.parent
        return "/".join(reversed(parts))


root = Node("root")
child = Node("usr", root)
leaf = Node("bin", child)
print(leaf.path(), leaf.parent.value, root.parent)
del root
gc.collect()
print("orphaned path:", leaf.path(), "| child.parent:", child.parent)

finalized = []
obj = Image("final")
f = weakref.finalize(obj, finalized.append, "final cleaned")
print("alive:", f.alive)
del obj
gc.collect()
print("alive:", f.alive, finalized)
p = weakref.proxy(b)
print("proxy path:", p.path)
del b
gc.collect()
try:
    p.path
except ReferenceError as e:
    print("ReferenceError:", e)
print(weakref.getweakrefcount(ok), ok.received)
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
