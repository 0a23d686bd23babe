# random: argument checks and their messages, float arguments to randrange (with the
# DeprecationWarning they still get in 3.11), setstate versions, sample populations
import random
import warnings
import collections
from collections.abc import Sequence

r = random.Random(1)


def attempt(label, f, *args, **kwargs):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        try:
            result = f(*args, **kwargs)
        except Exception as e:
            result = "%s: %s (context %s)" % (type(e).__name__, e, type(e.__context__).__name__)
    notes = [(w.category.__name__, str(w.message)[:40]) for w in seen]
    print(label, "->", result, notes)


attempt("seed list", r.seed, [1])
attempt("seed dict", r.seed, {})
attempt("seed bytearray v1", r.seed, bytearray(b"abc"), version=1)
for args in [(10.0,), (10.5,), ("5",), ("a",), (None,), (5,), (0,), (-3,), (5, 5), (5, 1, 0),
             (5, 1, 2), (1, 5.5), (1, 5, 2.5), (1, 9, 2.0), (10, 0, -3), (0, 10, 3)]:
    attempt("randrange%r" % (args,), r.randrange, *args)
attempt("randrange step no stop", r.randrange, 5, step=2)
attempt("randrange step=1 no stop", r.randrange, 5, step=1)
attempt("randrange None stop 1.0", r.randrange, 5, None, 1.0)
attempt("randint float", r.randint, 1.0, 5)
attempt("randint empty", r.randint, 5, 1)
attempt("choice empty", r.choice, [])
attempt("choice str", r.choice, "")
attempt("sample set", r.sample, {1, 2}, 1)
attempt("sample dict", r.sample, {"a": 1}, 1)
attempt("sample iterator", r.sample, iter([1, 2]), 1)
attempt("sample too many", r.sample, [1, 2], 3)
attempt("sample negative", r.sample, [1, 2], -1)
attempt("sample float k", r.sample, [1, 2], 1.0)
attempt("sample counts length", r.sample, [1, 2], 2, counts=[1])
attempt("sample counts float", r.sample, [1, 2], 2, counts=[1.0, 2])
attempt("sample counts zero", r.sample, [1, 2], 2, counts=[0, 0])
attempt("sample counts empty", r.sample, [], 0, counts=[])
attempt("sample deque", r.sample, collections.deque("abcdef"), 3)
attempt("sample UserList", r.sample, collections.UserList([5, 6, 7, 8]), 2)


class Squares(Sequence):
    def __len__(self):
        return 6

    def __getitem__(self, i):
        if not 0 <= i < 6:
            raise IndexError(i)
        return i * i


attempt("sample Sequence subclass", r.sample, Squares(), 4)
attempt("choices k by position", r.choices, [1, 2], 3)
attempt("choices weights length", r.choices, [1, 2], [1])
attempt("choices both", r.choices, [1, 2], [1, 2], cum_weights=[1, 2])
attempt("choices zero weights", r.choices, [1, 2], [0, 0])
attempt("choices inf weight", r.choices, [1, 2], [1, float("inf")])
attempt("choices empty", r.choices, [], [])
attempt("choices float k", r.choices, [1, 2], k=2.0)
attempt("choices negative k", r.choices, [1, 2], k=-1)
attempt("choices str weights", r.choices, [1, 2], ["a", "b"])
attempt("gamma zero", r.gammavariate, 0, 1)
attempt("gamma negative beta", r.gammavariate, 1, -1)
attempt("triangular flat", r.triangular, 1, 1, 1)
attempt("expovariate no rate", r.expovariate)
attempt("expovariate zero", r.expovariate, 0)
attempt("pareto zero", r.paretovariate, 0)
attempt("weibull zero shape", r.weibullvariate, 1, 0)
attempt("randbytes negative", r.randbytes, -1)
attempt("getrandbits negative", r.getrandbits, -1)
attempt("setstate int", r.setstate, 5)
attempt("setstate version 4", r.setstate, (4, (), None))
attempt("setstate short", r.setstate, (3, ()))
attempt("setstate v3 wrong size", r.setstate, (3, (1,) * 10, None))
attempt("setstate v3 bad index", r.setstate, (3, (1,) * 624 + (700,), None))
attempt("setstate v3 list", r.setstate, (3, [1] * 625, None))
attempt("setstate v3 ok", r.setstate, (3, (1,) * 625, None))
attempt("setstate v2 negative words", r.setstate, (2, (-1,) * 624 + (624,), 0.25))
print(r.random(), r.gauss(), r.getstate()[1][:3])
attempt("SystemRandom getstate", random.SystemRandom().getstate)
attempt("SystemRandom setstate", random.SystemRandom().setstate, None)
attempt("SystemRandom getrandbits", random.SystemRandom().getrandbits, -2)


class OnlyRandom(random.Random):
    def random(self):
        return 0.75


attempt("no getrandbits, huge range", OnlyRandom()._randbelow, 2 ** 60)
attempt("no getrandbits, small range", OnlyRandom().randrange, 1000)

r.seed(7)
print(r.randrange(12.0), r.randrange(3, 30.0, 3))
try:
    r.randrange(2.5)
except ValueError as e:
    print("ValueError:", e)
