# "Exception ignored in" reports (finalizers, weakref callbacks, atexit callbacks) draw
# position lines too.
import atexit
import gc
import weakref


class Noisy:
    def __del__(self):
        items = [1]
        print(items[5])


class Target:
    pass


def callback(ref):
    d = {}
    return d["gone"] + 1


def at_exit():
    x = 0
    print(1 / x)


n = Noisy()
del n
gc.collect()
t = Target()
r = weakref.ref(t, callback)
del t
atexit.register(at_exit)
print("after")
