# Subclasses of the exception groups: derive, __new__ with extra arguments, nesting.


class E(ExceptionGroup):
    def __new__(cls, msg, excs, code):
        o = super().__new__(cls, msg, excs)
        o.code = code
        return o

    def derive(self, excs):
        return E(self.message, excs, self.code)


e = E("m", [ValueError(1), TypeError(2)], 42)
print(e.args, repr(e), e.code, str(e))
m, r = e.split(ValueError)
print(type(m).__name__, m.code, m.args, repr(r))


class F(ExceptionGroup):
    pass


f = F("m", [ValueError(1), TypeError(2)])
m, r = f.split(ValueError)
print(type(m).__name__, repr(m), repr(r))
print(f.subgroup(F) is f)


class G(ExceptionGroup):
    def derive(self, excs):
        return 1


try:
    G("m", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as x:
    print(x)


class MyEG(ExceptionGroup):
    pass


class MyBEG(BaseExceptionGroup):
    pass


for cls, excs in ((MyEG, [KeyboardInterrupt()]), (MyEG, [ValueError()]),
                  (MyBEG, [ValueError()]), (MyBEG, [GeneratorExit()])):
    try:
        print(repr(cls("a", excs)))
    except TypeError as x:
        print(x)

print(repr(BaseExceptionGroup.__new__(BaseExceptionGroup, "a", [ValueError()])))
print(repr(BaseExceptionGroup.__new__(MyBEG, "a", [ValueError()])))


class WithInit(ExceptionGroup):
    def __init__(self, msg, excs):
        super().__init__(msg, excs)
        self.extra = len(excs)


w = WithInit("w", [ValueError(), TypeError()])
print(repr(w), w.extra, w.message)


class StrGroup(ExceptionGroup):
    def __str__(self):
        return "custom " + self.message


try:
    raise StrGroup("s", [ValueError()])
except ExceptionGroup as x:
    print(str(x), repr(x))
