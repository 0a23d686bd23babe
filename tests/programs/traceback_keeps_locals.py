# A traceback keeps alive the local variables of every frame it passes through, as
# CPython's frame objects do: they are freed when the traceback is, not when the frame
# ends. tb.tb_frame.f_locals shows them, and traceback objects keep their identity.
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def fails(x):
    resource = Noisy("in fails")
    y = x * 2
    raise ValueError(y)


try:
    fails(3)
except ValueError:
    print("handler runs while the frame's locals live")
print("after the handler")


def stores():
    try:
        fails(4)
    except ValueError as e:
        return e


err = stores()
print("stored exception keeps them")
tb = err.__traceback__
print(tb is err.__traceback__, type(tb).__name__)
print(tb.tb_frame.f_code.co_name)
inner = tb.tb_next.tb_frame
print(inner.f_code.co_name, sorted(k for k in inner.f_locals), inner.f_locals["y"])
print(inner.f_locals["resource"].name)
del tb, inner
del err
print("dropped")


def catches_here():
    keep = ["not noisy: the exception and this frame form a cycle"]
    try:
        1 / 0
    except ZeroDivisionError as e:
        print(sys.exc_info()[2] is e.__traceback__)
        frame = e.__traceback__.tb_frame
        print(frame.f_code.co_name, "keep" in frame.f_locals, "e" in frame.f_locals)
        return e


e = catches_here()
print("returned")
e = None
print("released")


def nested(n):
    if n == 0:
        raise KeyError("deep")
    marker = Noisy(f"level {n}")
    nested(n - 1)


try:
    nested(3)
except KeyError as exc:
    names = []
    t = exc.__traceback__
    while t is not None:
        names.append((t.tb_frame.f_code.co_name, t.tb_frame.f_locals.get("n")))
        t = t.tb_next
    print(names)
print("chain done")


# Re-raising extends the same chain: the inner traceback objects are kept.
def reraise():
    try:
        raise RuntimeError("x")
    except RuntimeError as e:
        first = e.__traceback__
        try:
            raise
        except RuntimeError as again:
            print(again.__traceback__ is first or again.__traceback__.tb_next is first)


reraise()

# A cycle through the traceback is collected.
def cycle():
    try:
        raise OSError("loop")
    except OSError as e:
        holder = e
    return None


gc.collect()
cycle()
print(gc.collect() > 0)
