# gi_frame / gi_suspended / gi_code of generators, and inspect's generator
# state helpers built on them.
import inspect


def counter(limit):
    total = 0
    for i in range(limit):
        total += i
        yield i
    return total


g = counter(3)
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_running, g.gi_frame is not None)
print(g.gi_code.co_name, g.gi_frame.f_code.co_name)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended)
print(sorted(inspect.getgeneratorlocals(g).items()))
print(g.gi_frame.f_lineno, g.gi_frame.f_locals["limit"])
next(g)
print(sorted(inspect.getgeneratorlocals(g).items()))
for _ in g:
    pass
print(inspect.getgeneratorstate(g), g.gi_frame, g.gi_suspended, inspect.getgeneratorlocals(g))


def watcher():
    yield inspect.getgeneratorstate(me)


me = watcher()
print(next(me))
closed = counter(5)
next(closed)
closed.close()
print(inspect.getgeneratorstate(closed), closed.gi_frame)
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
try:
    inspect.getgeneratorlocals([1])
except TypeError as e:
    print("TypeError:", e)
