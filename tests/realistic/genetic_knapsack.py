"""A genetic algorithm for the 0/1 knapsack problem with a seeded RNG:
tournament selection, one-point crossover, mutation and elitism."""
import random
import statistics
from functools import lru_cache

ITEMS = [  # (name, weight, value)
    ("tent", 11, 30), ("stove", 4, 10), ("rope", 3, 7), ("lamp", 2, 9), ("food", 9, 40),
    ("water", 8, 38), ("camera", 2, 15), ("book", 1, 4), ("jacket", 5, 20), ("boots", 6, 22),
    ("map", 1, 8), ("knife", 1, 12), ("radio", 3, 11), ("chair", 7, 6), ("tarp", 4, 13),
]
CAPACITY = 35


def fitness(genome):
    weight = sum(w for bit, (_, w, _) in zip(genome, ITEMS) if bit)
    value = sum(v for bit, (_, _, v) in zip(genome, ITEMS) if bit)
    return value if weight <= CAPACITY else max(0, value - 10 * (weight - CAPACITY))


def tournament(rng, population, k=3):
    return max(rng.sample(population, k), key=fitness)


def crossover(rng, a, b):
    point = rng.randrange(1, len(a))
    return a[:point] + b[point:], b[:point] + a[point:]


def mutate(rng, genome, rate):
    return tuple(1 - g if rng.random() < rate else g for g in genome)


def evolve(seed, generations=40, size=30, rate=0.05):
    rng = random.Random(seed)
    population = [tuple(rng.choice((0, 1)) for _ in ITEMS) for _ in range(size)]
    history = []
    for gen in range(generations):
        population.sort(key=fitness, reverse=True)
        scores = [fitness(g) for g in population]
        history.append((gen, scores[0], round(statistics.mean(scores), 2)))
        nxt = population[:2]
        while len(nxt) < size:
            a, b = tournament(rng, population), tournament(rng, population)
            for child in crossover(rng, a, b):
                nxt.append(mutate(rng, child, rate))
        population = nxt[:size]
    best = max(population, key=fitness)
    return best, history


@lru_cache(maxsize=None)
def exact(i, cap):
    """Dynamic-programming optimum, to compare against."""
    if i == len(ITEMS):
        return 0
    _, w, v = ITEMS[i]
    skip = exact(i + 1, cap)
    return max(skip, v + exact(i + 1, cap - w)) if w <= cap else skip


def describe(genome):
    chosen = [name for bit, (name, _, _) in zip(genome, ITEMS) if bit]
    weight = sum(w for bit, (_, w, _) in zip(genome, ITEMS) if bit)
    return f"{fitness(genome)} value, {weight}/{CAPACITY} kg: {', '.join(chosen)}"


if __name__ == "__main__":
    optimum = exact(0, CAPACITY)
    print("optimum", optimum, exact.cache_info().currsize > 0)
    for seed in (1, 7, 2024):
        best, history = evolve(seed)
        print(f"seed {seed}: {describe(best)}")
        for gen, top, mean in history[::10]:
            print(f"   gen {gen:2}: best {top:3} mean {mean}")
        print("   gap to optimum:", optimum - fitness(best))
    rng = random.Random(5)
    print(rng.sample(range(100), 5), rng.choice("abc"), round(rng.uniform(1, 2), 6), rng.getrandbits(12))
    print(crossover(random.Random(3), (0,) * 6, (1,) * 6))
    print(mutate(random.Random(3), (0,) * 10, 0.5))
    rng.shuffle(lst := list(range(8)))
    print(lst, rng.choices("xyz", weights=[5, 1, 1], k=8))
