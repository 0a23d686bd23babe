# random: randint, randrange, choice, shuffle, sample, choices, uniform, distributions
import random

random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 5) for _ in range(6)])
print([random.randrange(100, 0, -7) for _ in range(6)], random.randrange(-10, -2), random.randint(-5, 5))
print(random.randrange(2**80), random.randint(10**20, 10**20 + 5), random.randrange(0, 1))
print([random.choice("abcdefghij") for _ in range(12)], random.choice([[1], (2,), None]))
print(random.choice(range(1000)), random.choice((5,)))

random.seed(2)
deck = list(range(20))
random.shuffle(deck)
print(deck)
words = ["alpha", "beta", "gamma", "delta"]
random.shuffle(words)
print(words)
one = [1]
random.shuffle(one)
print(one)

random.seed(3)
print(random.sample(range(100), 10), random.sample("abcdefg", 3), random.sample([1, 2, 3], 3))
print(random.sample(range(10**6), 5), random.sample(range(30), 25)[:6], random.sample([], 0))
print(random.sample(["red", "blue"], counts=[4, 2], k=5), random.sample(range(4), k=2))

random.seed(4)
print(random.choices("abc"), random.choices("abc", k=6), random.choices(range(10), k=3))
print(random.choices("abc", weights=[10, 1, 1], k=8), random.choices("xyz", cum_weights=[1, 2, 10], k=5))
print(random.choices([1, 2], [0.5, 0.5]), random.choices("ab", weights=[0, 1], k=3))

random.seed(5)
print(random.uniform(1, 10), random.uniform(5, -5), random.uniform(2, 2), random.uniform(0, 1.5))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 8), random.triangular(3, 3))
print(random.gauss(), random.gauss(10, 2), random.gauss(0, 1), random.gauss(mu=5, sigma=0.1))
print(random.normalvariate(), random.normalvariate(100, 15), random.lognormvariate(0, 0.5))
print(random.expovariate(1.0), random.expovariate(0.2), random.vonmisesvariate(1.0, 4.0))
print(random.vonmisesvariate(0, 0), random.paretovariate(3.0), random.weibullvariate(1.0, 1.5))
print(random.gammavariate(0.5, 1.0), random.gammavariate(1.0, 2.0), random.gammavariate(3.0, 1.5))
print(random.betavariate(2, 5), random.betavariate(0.5, 0.5))

# a simulation whose every step depends on the exact sequence
rng = random.Random(2718)
pos = 0
hits = 0
for step in range(1000):
    pos += rng.choice([-1, 1])
    if rng.random() < 0.1:
        hits += rng.randint(1, 3)
print(pos, hits, rng.randrange(1000))

# monte carlo pi with a fixed seed
mc = random.Random(31415)
inside = sum(1 for _ in range(5000) if mc.random() ** 2 + mc.random() ** 2 <= 1.0)
print(inside, 4 * inside / 5000)

for f in (lambda: random.randint(1), lambda: random.randint(5, 1), lambda: random.choice([]),
          lambda: random.randrange(0), lambda: random.randrange(1, 1), lambda: random.randrange(1, 5, 0),
          lambda: random.randrange(5, 1, 1), lambda: random.randrange(1, 2, 3, 4),
          lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], -1),
          lambda: random.shuffle((1, 2)), lambda: random.choices([1, 2], [1], k=2),
          lambda: random.choices([], k=2), lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
          lambda: random.choices("ab", [0, 0]), lambda: random.gammavariate(-1, 1),
          lambda: random.sample("abc", 2, counts=[1, 1]),
          lambda: random.uniform(1), lambda: random.choices("ab", 2)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
