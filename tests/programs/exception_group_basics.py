# BaseExceptionGroup / ExceptionGroup: construction checks, attributes, str and repr.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [], 3))
attempt("message not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("a", 1))
attempt("set", lambda: ExceptionGroup("a", {ValueError()}))
attempt("dict", lambda: ExceptionGroup("a", {ValueError(): 1}))
attempt("empty", lambda: ExceptionGroup("a", []))
attempt("item 0", lambda: ExceptionGroup("a", [1]))
attempt("item 1", lambda: ExceptionGroup("a", [ValueError(), 2]))
attempt("class item", lambda: ExceptionGroup("a", [ValueError]))
attempt("nest base", lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt("base group", lambda: BaseExceptionGroup("a", [KeyboardInterrupt()]))
attempt("becomes EG", lambda: BaseExceptionGroup("a", [ValueError()]))
attempt("keywords", lambda: ExceptionGroup("a", [ValueError()], x=1))
attempt("keyword only", lambda: ExceptionGroup("a", excs=[ValueError()]))
attempt("tuple args", lambda: ExceptionGroup("a", (ValueError(1),)).args)
attempt("list args", lambda: ExceptionGroup("a", [ValueError(1)]).args)
attempt("range-like", lambda: ExceptionGroup("a", [ValueError(1)]).exceptions)
attempt("str subclass msg", lambda: str(ExceptionGroup(type("S", (str,), {})("m"), [ValueError()])))
attempt("dict", lambda: ExceptionGroup("a", [ValueError(1)]).__dict__)
attempt("mro", lambda: ExceptionGroup.__mro__)
attempt("bases", lambda: ExceptionGroup.__bases__)
attempt("base mro", lambda: BaseExceptionGroup.__mro__)
attempt("alias", lambda: ExceptionGroup[int])
attempt("doc", lambda: BaseExceptionGroup.__doc__)
attempt("module", lambda: ExceptionGroup.__module__)

eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("in", [KeyError("k")])])
print(str(eg))
print(repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(eg.message, eg.exceptions)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
beg = BaseExceptionGroup("b", [SystemExit(2), ValueError()])
print(type(beg).__name__, isinstance(beg, Exception), str(beg))

# __init__ may be called again; message and exceptions stay
eg2 = ExceptionGroup("a", [ValueError(1)])
eg2.__init__("zz", 4, 5)
print(eg2.args, eg2.message, eg2.exceptions)
try:
    eg2.__init__("zz", 4, k=5)
except TypeError as e:
    print(e)

# a group of a list keeps args[1] as given, exceptions as a tuple
excs = [ValueError(1)]
g = ExceptionGroup("x", excs)
excs.append(TypeError())
print(g.args, g.exceptions)

# raising and catching a group like any exception
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except Exception as e:
    print("caught", repr(e), e.__traceback__ is not None)

# message and exceptions are read-only members of BaseExceptionGroup
print(ExceptionGroup.message, BaseExceptionGroup.exceptions)
print(type(ExceptionGroup.message).__name__, ExceptionGroup.message.__name__)
g = ExceptionGroup("ro", [ValueError()])
for action in (lambda: setattr(g, "message", "x"), lambda: delattr(g, "exceptions")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
try:
    BaseExceptionGroup.message.__get__(ValueError())
except TypeError as e:
    print(e)
print(sorted(k for k in BaseExceptionGroup.__dict__ if not k.startswith("__")))
