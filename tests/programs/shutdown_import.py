# Imports made while the interpreter tears its modules down fail as CPython's do
# (sys.meta_path is None), and the "Exception ignored" report shows no source line;
# an atexit callback still runs before teardown, so its imports work.
import atexit


def at_exit():
    import json
    print("atexit sees json:", json.dumps([1, 2]))
    try:
        import no_such_module_here
    except ImportError as e:
        print("atexit:", type(e).__name__, e)


atexit.register(at_exit)


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)
        import os.path


class Quiet:
    def __del__(self):
        try:
            __import__("json")
        except ImportError as e:
            print("quiet:", type(e).__name__, e)


r = Resource("db")
q = Quiet()
print("main done")
