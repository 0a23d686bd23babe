# The traceback module's views of positions: FrameSummary columns, format_exc,
# format_exception, print_tb, TracebackException, chained exceptions.
import sys
import traceback


class _HidePath:
    # The output names this file by a fixed name, wherever the test suite runs.
    def __init__(self, out):
        self.out = out

    def write(self, text):
        return self.out.write(text.replace(__file__, "THIS_FILE"))

    def flush(self):
        self.out.flush()


sys.stdout = _HidePath(sys.stdout)


def inner(v):
    return v[0] + v[1]


def outer(v):
    return [inner(v)]


try:
    outer([1, "s"])
except TypeError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
    print(traceback.format_exc())
    print("".join(traceback.format_exception(e)))
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()))
    print(traceback.format_tb(e.__traceback__)[-1], end="")

try:
    try:
        {}["a"]
    except KeyError:
        (1).missing
except AttributeError:
    print(traceback.format_exc())

# A frame summary built by hand has no columns: no markers.
print("".join(traceback.format_list([("f.py", 3, "g", "x = y + 1")])), end="")
fs = traceback.FrameSummary("f.py", 3, "g", line="x = y + 1", end_lineno=3,
                            colno=4, end_colno=9)
print(fs.colno, fs.end_colno)
print("".join(traceback.StackSummary.from_list([fs]).format()), end="")

# Code objects report the span of their instructions.
def f(a, b):
    return a / b

positions = list(f.__code__.co_positions())
print(all(len(p) == 4 for p in positions))
print((44, 44, 11, 16) in positions)
