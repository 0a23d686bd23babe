import random
from collections import Counter
from dataclasses import dataclass, field

random.seed(1337)


@dataclass(order=True)
class Player:
    score: int = 0
    name: str = field(default="", compare=False)
    history: list = field(default_factory=list, compare=False, repr=False)


def roll(n=5):
    return sorted(random.randint(1, 6) for _ in range(n))


def score_hand(dice):
    counts = Counter(dice)
    shape = sorted(counts.values(), reverse=True)
    if shape[0] == 5:
        return "yahtzee", 50
    if shape[0] == 4:
        return "four of a kind", sum(dice)
    if shape == [3, 2]:
        return "full house", 25
    if set(dice) in ({1, 2, 3, 4, 5}, {2, 3, 4, 5, 6}):
        return "large straight", 40
    if shape[0] == 3:
        return "three of a kind", sum(dice)
    return "chance", sum(dice)


players = [Player(name=n) for n in ("Ayla", "Bram", "Cyd", "Dov")]
for rnd in range(1, 6):
    for p in players:
        dice = roll()
        keep = [d for d in dice if dice.count(d) > 1] or dice[-2:]
        dice = sorted(keep + [random.randint(1, 6) for _ in range(5 - len(keep))])
        kind, pts = score_hand(dice)
        p.score += pts
        p.history.append(kind)
    leader = max(players)
    print(f"round {rnd}: leader {leader.name:<5} {leader.score:>3}  " + " ".join(f"{p.score:3d}" for p in players))

for p in sorted(players, reverse=True):
    print(p, Counter(p.history).most_common(1))

deck = [r + s for s in "SHDC" for r in "23456789TJQKA"]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for h in hands:
    print(" ".join(h))
print(random.sample(range(100), 6), random.choice("abcdefg"), random.random())
print(random.choices(["win", "lose", "draw"], weights=[1, 3, 1], k=8))
print(random.choices("xyz", cum_weights=[1, 1, 10], k=5))
print(round(random.uniform(10, 20), 6), random.randrange(0, 100, 7), random.getrandbits(40))
print(f"{random.gauss(0, 1):.6f} {random.normalvariate(5, 2):.6f} {random.expovariate(1.5):.6f}")
print(f"{random.triangular(0, 10, 3):.6f} {random.betavariate(2, 5):.6f} {random.paretovariate(3):.6f}")
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random("seed-string")
print(r.randint(1, 10 ** 30), r.random())
r2 = random.Random(12345678901234567890)
print([r2.randint(1, 6) for _ in range(10)], r2.randbytes(6).hex())
walk = [0]
for _ in range(200):
    walk.append(walk[-1] + random.choice((-1, 1)))
print("random walk: end", walk[-1], "max", max(walk), "min", min(walk), "returns", walk.count(0))
