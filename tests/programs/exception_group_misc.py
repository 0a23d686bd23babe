class SplitEG(ExceptionGroup):
    def split(self, cond):
        print("custom split", cond.__name__)
        return super().split(cond)
    def derive(self, excs):
        return SplitEG(self.message, excs)
try:
    try:
        raise SplitEG("s", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("V", repr(e))
except ExceptionGroup as e:
    print("rest", repr(e))

e = SyntaxError("bad", ("f.py", 3, 4, "x = = 1\n", 3, 6))
class D:
    def __del__(self):
        raise ExceptionGroup("in del", [ValueError(1)])
d = D()
del d
raise BaseExceptionGroup("top", [e, KeyboardInterrupt(), SystemExit(3)])
