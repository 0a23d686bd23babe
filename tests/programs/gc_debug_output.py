# DEBUG_STATS / DEBUG_COLLECTABLE write CPython's messages to sys.stderr.
import gc
import io
import sys

gc.disable()
gc.collect()


class Node:
    pass


def captured(flags, make):
    real = sys.stderr
    sys.stderr = io.StringIO()
    make()
    gc.set_debug(flags)
    try:
        gc.collect()
    finally:
        gc.set_debug(0)
        text = sys.stderr.getvalue()
        sys.stderr = real
    return text.splitlines()


def cycles():
    a = []
    a.append(a)
    n = Node()
    n.me = n


lines = captured(gc.DEBUG_STATS, cycles)
print(len(lines))
print(lines[0])
print(lines[1].split(":")[0], len(lines[1].split(":")[1].split()))
print(lines[2].split(":")[0] + ":", lines[2].split(": ")[1].isdigit())
print(lines[3].split(", ")[:3], lines[3].endswith("s elapsed"))

lines = captured(gc.DEBUG_COLLECTABLE, cycles)
print(sorted(line.split(" 0x")[0] for line in lines))
print(all(line.endswith(">") for line in lines))

lines = captured(gc.DEBUG_COLLECTABLE | gc.DEBUG_STATS, lambda: None)
print(lines[0], lines[-1].split(", ")[:3])
print(captured(0, cycles))
gc.enable()
