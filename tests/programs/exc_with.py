# with statements: exception suppression, exit arguments, nested managers, exceptions in enter/exit.
class Tracker:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self.name
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, repr(val), tb is not None)
        if self.fail_exit:
            raise KeyError("exit failed " + self.name)
        return self.suppress
with Tracker("a") as a, Tracker("b") as b:
    print("body", a, b)
with Tracker("s", suppress=True):
    1 / 0
print("suppressed")
try:
    with Tracker("outer"), Tracker("inner", suppress=True):
        raise ValueError("v")
    print("inner suppressed it")
except ValueError:
    print("not reached")
try:
    with Tracker("e", fail_enter=True):
        print("not reached")
except RuntimeError as e:
    print("enter error", e)
try:
    with Tracker("x", fail_exit=True):
        raise ValueError("original")
except KeyError as e:
    print("exit error", e, repr(e.__context__))
def in_function():
    with Tracker("f"):
        return "returned"
print(in_function())
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Truthy():
    raise KeyError
print("truthy return suppresses")
with Tracker("t1") as (x):
    pass
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (p, q):
    print(p, q)
d = {}
with Pair() as d["k"]:
    pass
print(d)
for i in range(2):
    with Tracker(f"loop{i}", suppress=True):
        if i == 0:
            raise ValueError
        print("second iteration body")
import sys
with Tracker("exc_info"):
    try:
        raise IndexError("ii")
    except IndexError:
        print(sys.exc_info()[0].__name__)
print(sys.exc_info())
