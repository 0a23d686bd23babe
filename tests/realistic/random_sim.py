"""Seeded Monte-Carlo experiments: dice, cards, random walks and sampling."""
import random
from collections import Counter

rng = random.Random(2024)
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000))
print("two-dice histogram:")
for total in range(2, 13):
    print(f"{total:>3}: {'*' * (rolls[total] // 10):<35} {rolls[total]}")

random.seed(7)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for n, hand in enumerate(hands, 1):
    print(f"player {n}: {' '.join(hand)}")
print("sample:", random.sample(range(100), 8))
print("choice:", random.choice("abcdefg"), random.choice([10, 20, 30]))
print("choices:", random.choices(["red", "green", "blue"], weights=[5, 3, 1], k=10))
print("cum choices:", random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print("randrange:", [random.randrange(0, 100, 7) for _ in range(6)])
print("uniform: %.6f" % random.uniform(-1, 1))
print("random: %.12f" % random.random())
print("getrandbits:", random.getrandbits(70))
print("gauss: %.6f" % random.gauss(0, 1))
print("normalvariate: %.6f" % random.normalvariate(10, 2))
print("triangular: %.6f" % random.triangular(0, 10, 3))
print("expovariate: %.6f" % random.expovariate(1.5))
print("betavariate: %.6f" % random.betavariate(2, 5))
print("randbytes:", random.randbytes(6).hex())

state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
again = [random.random() for _ in range(3)]
print("state restored:", first == again)


def walk(steps, seed):
    r = random.Random(seed)
    x = y = 0
    far = 0
    for _ in range(steps):
        dx, dy = r.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        x, y = x + dx, y + dy
        far = max(far, abs(x) + abs(y))
    return x, y, far


for seed in (1, "walker", 3.5, b"bytes"):
    print(f"walk seed={seed!r}: end={walk(500, seed)[:2]} farthest={walk(500, seed)[2]}")

# estimate pi
r = random.Random(12345)
inside = sum(1 for _ in range(20000) if r.random() ** 2 + r.random() ** 2 <= 1)
print(f"pi ~ {4 * inside / 20000:.4f}")

# reservoir sampling
def reservoir(stream, k, r):
    pool = []
    for i, item in enumerate(stream):
        if i < k:
            pool.append(item)
        else:
            j = r.randint(0, i)
            if j < k:
                pool[j] = item
    return pool


print("reservoir:", reservoir(range(1000), 5, random.Random(99)))
big = random.Random(10**30)
print("bigseed:", big.randint(10**20, 10**21))
nums = list(range(10))
random.Random(5).shuffle(nums)
print("shuffled:", nums)
print("sample of set-free:", random.Random(8).sample(["a", "b", "c", "d", "e"], k=3))
print("counts:", random.Random(3).sample(["x", "y"], counts=[3, 2], k=4))
