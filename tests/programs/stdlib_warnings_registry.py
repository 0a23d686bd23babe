import sys
import warnings


def out(message, category, filename, lineno, file=None, line=None):
    print("show:", category.__name__, message, filename.rsplit("/", 1)[-1], lineno, repr(line))


print(warnings.formatwarning("msg", UserWarning, "nofile.py", 3))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "x.py", 12, line="  code()  ")))
print(repr(warnings.formatwarning(UserWarning("inst"), UserWarning, "x.py", 1, line="")))

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

sink = Sink()
warnings.showwarning("hello", RuntimeWarning, "mod.py", 9, sink, "do_it()")
print(sink.parts)

saved = warnings.showwarning
warnings.showwarning = out
try:
    warnings.simplefilter("default")
    reg = {}
    for i in range(3):
        warnings.warn_explicit("once per line", UserWarning, "a.py", 10, "a", reg)
    warnings.warn_explicit("once per line", UserWarning, "a.py", 11, "a", reg)
    print(sorted(k for k in reg if k != 'version'), 'version' in reg)

    warnings.simplefilter("once")
    r1, r2 = {}, {}
    warnings.warn_explicit("o", UserWarning, "b.py", 1, "b", r1)
    warnings.warn_explicit("o", UserWarning, "b.py", 2, "b", r1)
    warnings.warn_explicit("o", UserWarning, "c.py", 1, "c", r2)
    print(sorted(map(repr, r1.items())))
    warnings.warn_explicit("o2", UserWarning, "d.py", 1, "d", None)
    warnings.warn_explicit("o2", UserWarning, "d.py", 2, "d", None)
    print(list(warnings.onceregistry.items())[-1:])

    warnings.simplefilter("module")
    r = {}
    warnings.warn_explicit("m", UserWarning, "e.py", 1, "e", r)
    warnings.warn_explicit("m", UserWarning, "e.py", 2, "e", r)
    warnings.warn_explicit("m", UserWarning, "e.py", 1, registry=None)
    warnings.warn_explicit("m", UserWarning, "e.py", 1, registry=None)
    print(sorted(map(repr, r.items())))

    # changing the filters invalidates the registries
    warnings.simplefilter("default")
    warnings.warn_explicit("m", UserWarning, "e.py", 1, "e", r)
    print(sorted(map(repr, (k for k in r.items() if k[0] != 'version'))))

    # __warningregistry__ of the calling module
    def f():
        warnings.warn("from f")
    f()
    f()
    reg = globals()['__warningregistry__']
    print([k for k in reg if k != 'version'])

    # a stacklevel beyond the stack reports "sys:1"
    warnings.warn("deep", stacklevel=100)
    print([k for k in sys.__dict__['__warningregistry__'] if k != 'version'])
    warnings.warn_explicit("nomod", UserWarning, "", 1)
    warnings.warn_explicit("nomod", UserWarning, "pkg/thing.py", 1)

    # module filters: a default filter string matches exactly, a regex matches the start
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", module="sp")
    warnings.warn_explicit("x", UserWarning, "f.py", 1, "spam", None)
    warnings.warn_explicit("x", UserWarning, "f.py", 1, "eggs", None)
    warnings.filters.insert(0, ("ignore", None, Warning, "eg", 0))
    warnings.warn_explicit("x", UserWarning, "f.py", 1, "eggs", None)
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    try:
        warnings.warn_explicit("x", UserWarning, "f.py", 1, "eggs", {})
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        warnings.warn_explicit("x", UserWarning, "f.py", 1, "eggs", [])
    except TypeError as e:
        print("TypeError", e)
finally:
    warnings.showwarning = saved

# A custom formatwarning is used by the default showwarning
warnings.resetwarnings()
warnings.simplefilter("always")
saved_fmt = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: "custom: %s %s\n" % (c.__name__, m)
warnings.showwarning("via format", UserWarning, "z.py", 1, sink)
print(sink.parts[-1])
warnings.formatwarning = saved_fmt

# WarningMessage
wm = warnings.WarningMessage("text", UserWarning, "w.py", 4)
print(str(wm))
print(wm.file, wm.line, wm.source, warnings.WarningMessage._WARNING_DETAILS)

# an explicit module=None drops the warning
warnings.showwarning = out
warnings.warn_explicit("dropped", UserWarning, "q.py", 1, None)
warnings.showwarning = saved
print("done")
