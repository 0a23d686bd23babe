# The traceback module's rendering of exception groups (TracebackException.format,
# format_exception, print_exception), with chains, notes and the width/depth limits.
import sys
import traceback


def fail(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")


def collect(n):
    excs = []
    for i in range(n):
        try:
            fail(i)
        except Exception as e:
            excs.append(e)
    return excs


def nested():
    try:
        raise ExceptionGroup("inner", collect(3))
    except ExceptionGroup as e:
        e.add_note("inner note\nsecond line")
        try:
            {}["missing"]
        except KeyError as k:
            raise ExceptionGroup("outer", [e, k, OSError(2, "gone")]) from k


try:
    nested()
except ExceptionGroup as e:
    caught = e

print("".join(traceback.format_exception(caught)), end="")
print("----- chain=False")
print("".join(traceback.format_exception(caught, chain=False)), end="")
print("----- only")
print("".join(traceback.format_exception_only(caught)), end="")
te = traceback.TracebackException.from_exception(caught)
print(type(te.exceptions).__name__, len(te.exceptions), [type(x).__name__ for x in te.exceptions])
print(te.exceptions[0].exceptions[1].exc_type.__name__)
print("----- narrow")
narrow = traceback.TracebackException.from_exception(caught, max_group_width=1, max_group_depth=1)
print("".join(narrow.format()), end="")
print("----- print_exception to stdout")
traceback.print_exception(caught, file=sys.stdout)

wide = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
print("".join(traceback.format_exception(ExceptionGroup("both", [wide, deep]))), end="")

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("handler")
except ExceptionGroup as e:
    traceback.print_exc(file=sys.stdout)
