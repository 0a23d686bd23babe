# random: CPython's exact Mersenne Twister sequences for many kinds of seeds
import random

def show(seed):
    random.seed(seed)
    print(repr(seed)[:40], random.random(), random.getrandbits(32), random.getrandbits(1))

for seed in [0, 1, 2, 42, 12345, -1, -42, 2**32, 2**32 - 1, 2**64 + 5, -(2**100),
             10**50, True, False, 3.5, -2.25, 0.0, 1e300, "", "a", "hello world",
             "ünïcødé", b"", b"\x00\xff", 123456789012345678901234567890]:
    show(seed)

random.seed(7)
print([random.random() for _ in range(5)])
print([random.getrandbits(k) for k in (1, 7, 8, 31, 32, 33, 63, 64, 65, 100, 200)])
print(random.getrandbits(0), random.getrandbits(1000) % 1000003)

# the state round-trips
random.seed(2024)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]), state[2])
print(state[1][-1], state[1][:3])

# independent generators share nothing
a = random.Random(5)
b = random.Random(5)
c = random.Random("5")
print(a.random() == b.random(), a.random(), c.random(), a.random() == b.random())
a.seed(5)
print(a.random())
print(random.Random(3).getrandbits(48), random.Random(-3).getrandbits(48))

# many draws stay in step with CPython (the twist happens every 624 words)
g = random.Random(99)
vals = [g.getrandbits(32) for _ in range(2000)]
print(vals[0], vals[623], vals[624], vals[1247], vals[1999], sum(vals) % 1000007)
g2 = random.Random(99)
print(sum(g2.random() for _ in range(3000)))

# the module functions are bound to one hidden instance
random.seed(11)
x = random.random()
inst = random.Random(11)
print(x == inst.random(), random.random.__self__ is random.seed.__self__)
print(type(inst).__name__, type(inst).__module__, random.Random.__mro__)

class MyRandom(random.Random):
    pass
mr = MyRandom(42)
random.seed(42)
print(mr.random() == random.random(), mr.randint(1, 10), isinstance(mr, random.Random))

for f in (lambda: random.getrandbits(-1), lambda: random.seed([1]), lambda: random.seed({}),
          lambda: random.setstate((3, (1, 2), None)), lambda: random.setstate((9, (), None)),
          lambda: random.getrandbits("x"), lambda: random.random(1), lambda: random.getrandbits()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
