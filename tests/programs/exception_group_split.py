# split / subgroup / derive: conditions, structure, and the metadata parts carry.

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2),
                                ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
except ExceptionGroup as e:
    eg = e
eg.add_note("note1")
eg.__cause__ = KeyError("c")
eg.__context__ = IndexError("ctx")

m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(m.__notes__, m.__notes__ is eg.__notes__, m.__cause__ is eg.__cause__)
print(repr(m.__context__), m.__suppress_context__, m.__traceback__ is not None)
print(m.exceptions[1] is eg.exceptions[2], m.exceptions[0] is eg.exceptions[0])
m.add_note("only on m")
print(eg.__notes__, m.__notes__)

print(eg.split(lambda e: isinstance(e, KeyError)))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(BaseExceptionGroup))
print(eg.subgroup(OSError), eg.split(OSError)[1] is eg, repr(eg.split(OSError)[1]))
print(eg.subgroup(lambda e: e is eg) is eg)
print(eg.split((TypeError, KeyError)))
print(eg.subgroup(lambda e: not isinstance(e, BaseExceptionGroup) and e.args[0] > 2))

seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__))
print(seen)

for bad in (1, (ValueError, 1), int, "ValueError", (1,)):
    for meth in (eg.split, eg.subgroup):
        try:
            meth(bad)
        except TypeError as e:
            print(meth.__name__, repr(bad), "->", e)
for call in (lambda: eg.split(), lambda: eg.subgroup(ValueError, TypeError),
             lambda: eg.derive(), lambda: eg.derive(1, 2), lambda: eg.derive(1)):
    try:
        call()
    except TypeError as e:
        print(e)

print(repr(ExceptionGroup("x", [KeyError(1)]).derive([ValueError(2)])))
print(repr(ExceptionGroup("x", [KeyError(1)]).derive([KeyboardInterrupt()])))
print(ExceptionGroup("x", [KeyError(1)]).derive([ValueError(2)]).__traceback__)

# a predicate that raises
def boom(e):
    raise RuntimeError("in predicate")
try:
    eg.split(boom)
except RuntimeError as e:
    print("predicate raised", e)

# notes that are not a list
g = ExceptionGroup("n", [ValueError(1), TypeError(2)])
g.__notes__ = ("a", "b")
print(g.split(ValueError)[0].__notes__)
g.__notes__ = 42
print(g.split(ValueError)[0].__notes__)
