# random: every method over many seeds (int, big int, float, str, bytes, bytearray),
# version 1 text seeds, state round trips, __reduce__, subclass samplers
import random

def show(label, value):
    if isinstance(value, float):
        value = value.hex()
    elif isinstance(value, list):
        value = [v.hex() if isinstance(v, float) else v for v in value]
    print(label, value)

def exercise(r, tag):
    show(tag + " random", [r.random() for _ in range(3)])
    show(tag + " randrange", [r.randrange(10), r.randrange(-5, 5), r.randrange(0, 100, 7), r.randrange(50, 0, -3), r.randrange(10**30), r.randrange(-10**25, 10**25, 12345)])
    show(tag + " randint", [r.randint(1, 6) for _ in range(8)] + [r.randint(-10**20, 10**20)])
    show(tag + " choice", [r.choice("abcdefg"), r.choice(range(1000)), r.choice([1.5, 2.5]), r.choice((None, True))])
    pop = list(range(40))
    show(tag + " choices", r.choices(pop, k=6))
    show(tag + " choices w", r.choices(pop[:5], [1, 2, 3, 4, 50], k=8))
    show(tag + " choices cw", r.choices("abc", cum_weights=[0.5, 0.6, 3.0], k=8))
    show(tag + " choices fw", r.choices("xyz", weights=[0.1, 0.7, 0.2], k=5))
    x = list(range(20)); r.shuffle(x); show(tag + " shuffle", x)
    x = list("hello world"); r.shuffle(x); show(tag + " shuffle2", x)
    show(tag + " sample small", r.sample(range(10), 4))
    show(tag + " sample big", r.sample(range(100000), 8))
    show(tag + " sample all", r.sample("abcdef", 6))
    show(tag + " sample k0", r.sample([1, 2], 0))
    show(tag + " sample mid", r.sample(list(range(60)), 20))
    show(tag + " sample counts", r.sample(["red", "blue", "green"], counts=[4, 2, 9], k=7))
    show(tag + " sample tuple", r.sample(tuple(range(30)), 10))
    show(tag + " uniform", [r.uniform(1, 3), r.uniform(-2.5, 2.5)])
    show(tag + " gauss", [r.gauss(), r.gauss(5, 2), r.gauss(), r.gauss(mu=1.0, sigma=0.1)])
    show(tag + " normal", [r.normalvariate(), r.normalvariate(10, 3)])
    show(tag + " expo", [r.expovariate(1.5), r.expovariate(-2)])
    show(tag + " beta", [r.betavariate(2, 3), r.betavariate(0.5, 0.5), r.betavariate(1, 1)])
    show(tag + " gamma", [r.gammavariate(0.5, 2), r.gammavariate(1.0, 3), r.gammavariate(2.5, 1), r.gammavariate(9, 0.5), r.gammavariate(0.01, 1)])
    show(tag + " tri", [r.triangular(), r.triangular(0, 10, 2), r.triangular(5, 1), r.triangular(3, 3, 3), r.triangular(0, 1, 0.9)])
    show(tag + " vonmises", [r.vonmisesvariate(0, 4), r.vonmisesvariate(1, 0), r.vonmisesvariate(2, 0.5), r.vonmisesvariate(3, 100)])
    show(tag + " pareto", [r.paretovariate(3), r.paretovariate(0.5)])
    show(tag + " weibull", [r.weibullvariate(1, 1.5), r.weibullvariate(2, 0.5)])
    show(tag + " lognorm", [r.lognormvariate(0, 1), r.lognormvariate(1, 0.25)])
    show(tag + " bits", [r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(100), r.getrandbits(0)])
    show(tag + " bytes", [r.randbytes(0), r.randbytes(5), r.randbytes(13)])
    st = r.getstate()
    a = [r.random(), r.gauss(), r.randrange(1000)]
    r.setstate(st)
    b = [r.random(), r.gauss(), r.randrange(1000)]
    show(tag + " state", [a == b, st[0], len(st[1]), st[2] is None or st[2].hex()])

seeds = [0, 1, 42, -7, 2**64 + 5, 10**40, 3.5, "", "héllo wörld", b"bytes seed", bytearray(b"ba"), True]
for s in seeds:
    r = random.Random(s)
    exercise(r, repr(s)[:12])
for s in ["abc", b"abc", "", "\xff\u1234"]:
    r = random.Random()
    r.seed(s, version=1)
    show("v1 " + repr(s), [r.random(), r.randrange(100)])
random.seed(99)
exercise(random, "module")
random.seed("module", version=2)
show("mod", [random.random(), random.randint(1, 10), random.choice("xyz")])
# version 2 state
r = random.Random(5)
v, internal, g = r.getstate()
signed = tuple(w - 2**32 if w >= 2**31 else w for w in internal[:-1]) + internal[-1:]
r2 = random.Random()
r2.setstate((2, signed, None))
show("v2state", [r.random() == r2.random()])
# gauss_next carried in state
r = random.Random(3); r.gauss(); st = r.getstate(); x = r.gauss(); r.setstate(st); show("gnext", [x == r.gauss()])
# pickling round trip through __reduce__
r = random.Random(8); cls, args, state = r.__reduce__(); r3 = cls(*args); r3.setstate(state); show("reduce", [r.random() == r3.random(), cls.__name__])
print(random.__all__)
print(random.NV_MAGICCONST.hex(), random.SG_MAGICCONST.hex(), random.LOG4.hex(), random.BPF, random.RECIP_BPF.hex(), random.TWOPI.hex())
# subclasses
class OnlyRandom(random.Random):
    def __init__(self, seed):
        self.g = random.Random(seed)
        super().__init__(seed)
    def random(self):
        return self.g.random()
o = OnlyRandom(11)
show("onlyrandom", [o.randrange(1000) for _ in range(5)] + [o.choice("abcdef"), o.sample(range(50), 3)])
class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)
b = Bits(11)
show("bits", [b.randrange(1000) for _ in range(5)] + [b.randrange(10**30)])
print(OnlyRandom._randbelow.__name__, Bits._randbelow.__name__, random.Random._randbelow.__name__)
sr = random.SystemRandom()
x = sr.random(); print(0 <= x < 1, sr.getrandbits(0), 0 <= sr.getrandbits(10) < 1024, len(sr.randbytes(7)), sr.seed(4), 1 <= sr.randint(1, 3) <= 3)
