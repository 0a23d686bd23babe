import warnings
import os


def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), os.path.basename(w.filename), w.lineno)
    log.clear()


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


print(warnings.__all__)
print(warnings.filters[:2])
print(warnings.defaultaction)

with warnings.catch_warnings(record=True) as log:
    print(type(log).__name__, log)
    warnings.simplefilter("always")
    emit("a")
    emit("a")
    warnings.warn("direct")
    warnings.warn("level2", stacklevel=2)
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        emit("same")
    for i in range(2):
        warnings.warn("loop")
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    emit("nothing")
    warnings.simplefilter("error", RuntimeWarning)
    emit("user still ignored")
    try:
        emit("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    emit("mod")
    warnings.warn("mod")
    warnings.warn("mod")
    warnings.simplefilter("once")
    emit("o")
    warnings.warn("o")
    show(log)

# filterwarnings with regexes, order of filters, append
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", message="FATAL", category=UserWarning)
    warnings.filterwarnings("ignore", module="other")
    warnings.filterwarnings("ignore", category=DeprecationWarning, append=True)
    print(len(warnings.filters), [f[0] for f in warnings.filters[:4]])
    print(warnings.filters[2][1].pattern, warnings.filters[0][3].pattern, warnings.filters[0][1])
    emit("skip me")
    emit("keep me")
    emit("Skip case-insensitively")
    emit("please skip")
    try:
        emit("fatal error")
    except UserWarning as e:
        print("raised", e)
    emit("dep", DeprecationWarning)
    warnings.warn_explicit("elsewhere", UserWarning, "other.py", 3)
    warnings.warn_explicit("elsewhere", UserWarning, "mine.py", 3)
    show(log)

# Warning instances, subclasses and the category check
class MyWarning(UserWarning):
    pass

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn(MyWarning("inst"))
    warnings.warn(MyWarning("inst2"), DeprecationWarning)
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("sub", MyWarning)
    except MyWarning as e:
        print("caught", type(e).__name__, e.args)
    show(log)
    for bad in (5, int, "x"):
        try:
            warnings.warn("m", bad)
        except TypeError as e:
            print("TypeError", e)

# lineno-specific filter
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", lineno=7)
    warnings.warn_explicit("l7", UserWarning, "f.py", 7)
    warnings.warn_explicit("l8", UserWarning, "f.py", 8)
    show(log)

# resetwarnings: nothing matches, so the default action applies
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.warn_explicit("d", DeprecationWarning, "g.py", 1, registry={})
    show(log)

# catch_warnings restores the filters
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(warnings.filters[0])
print(warnings.filters == before)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)

with warnings.catch_warnings(record=True, action="always") as log:
    emit("via action")
    emit("via action")
    print(len(log), str(log[0]).startswith("{message : UserWarning('via action')"))

for bad in [lambda: warnings.simplefilter("bogus"),
            lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", message=3)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError", e)
