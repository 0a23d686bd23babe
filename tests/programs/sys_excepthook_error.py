import sys
class C:
    def __del__(self):
        raise ValueError("default unraisable")
c = C()
del c
def bad_hook(t, v, tb):
    raise RuntimeError("hook failed")
sys.excepthook = bad_hook
raise KeyError("original")
