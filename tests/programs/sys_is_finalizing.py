import atexit
import sys


class Closer:
    def __del__(self):
        print("__del__ at exit, finalizing:", sys.is_finalizing())


print("running, finalizing:", sys.is_finalizing())
atexit.register(lambda: print("atexit, finalizing:", sys.is_finalizing()))
keep = Closer()
try:
    sys.is_finalizing(1)
except TypeError as e:
    print("TypeError:", e)
