# random's real-valued distributions for several seeds (CPython's exact algorithms)
import random

for seed in (1, 17, 123, 2**40, "dist"):
    r = random.Random(seed)
    print(seed)
    print(" ", r.random(), r.uniform(-5, 5), r.triangular(1, 9), r.triangular(1, 9, 2))
    print(" ", r.gauss(), r.gauss(), r.gauss(50, 5), r.normalvariate(), r.normalvariate(3, 0.5))
    print(" ", r.lognormvariate(0, 1), r.expovariate(2.0), r.expovariate(0.01))
    print(" ", r.vonmisesvariate(0, 0), r.vonmisesvariate(2.0, 0.5), r.vonmisesvariate(1.0, 50))
    print(" ", r.gammavariate(0.3, 2), r.gammavariate(1, 3), r.gammavariate(2.5, 1), r.gammavariate(30, 0.1))
    print(" ", r.betavariate(0.5, 0.5), r.betavariate(2, 2), r.betavariate(5, 1))
    print(" ", r.paretovariate(1.5), r.weibullvariate(2, 0.5), r.weibullvariate(1, 3))

# gauss keeps its second value for the next call; seeding forgets it
g = random.Random(3)
a = g.gauss()
state = g.getstate()
b = g.gauss()
g.setstate(state)
print(a, b, g.gauss() == b)
g.seed(3)
print(g.gauss() == a)

# statistics of many draws stay in step with CPython
s = random.Random(99)
draws = [s.gauss(10, 2) for _ in range(2000)]
mean = sum(draws) / len(draws)
var = sum((x - mean) ** 2 for x in draws) / len(draws)
print(round(mean, 10), round(var, 10), min(draws), max(draws))
e = random.Random(100)
print(sum(e.expovariate(0.5) for _ in range(1000)))
for f in (lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1),
          lambda: random.expovariate(0), lambda: random.triangular(1, 1, 1)):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
