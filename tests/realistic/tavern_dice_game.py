"""A seeded text game: heroes with class hierarchies, abc, properties and operator overloading fight monsters."""
import random
from abc import ABC, abstractmethod
from functools import total_ordering


@total_ordering
class Stats:
    __slots__ = ("hp", "atk", "dfn")

    def __init__(self, hp=0, atk=0, dfn=0):
        self.hp, self.atk, self.dfn = hp, atk, dfn

    def __add__(self, other):
        return Stats(self.hp + other.hp, self.atk + other.atk, self.dfn + other.dfn)

    def __mul__(self, k):
        return Stats(round(self.hp * k), round(self.atk * k), round(self.dfn * k))

    __rmul__ = __mul__

    def __eq__(self, other):
        return (self.hp, self.atk, self.dfn) == (other.hp, other.atk, other.dfn)

    def __lt__(self, other):
        return self.power < other.power

    @property
    def power(self):
        return self.hp // 4 + self.atk * 2 + self.dfn

    def __repr__(self):
        return f"Stats(hp={self.hp}, atk={self.atk}, dfn={self.dfn})"


class Creature(ABC):
    def __init__(self, name, stats, rng):
        self.name = name
        self.base = stats
        self.damage = 0
        self.rng = rng

    @property
    def stats(self):
        return self.base

    @property
    def hp(self):
        return max(0, self.stats.hp - self.damage)

    @hp.setter
    def hp(self, value):
        self.damage = self.stats.hp - value

    def __bool__(self):
        return self.hp > 0

    @abstractmethod
    def act(self, foe):
        ...

    def hit(self, foe, bonus=0):
        roll = self.rng.randint(1, 6)
        dmg = max(1, self.stats.atk + roll + bonus - foe.stats.dfn)
        foe.hp -= dmg
        return f"{self.name} hits {foe.name} for {dmg} (d6={roll})"

    def __str__(self):
        return f"{self.name}[{self.hp}/{self.stats.hp}]"


class Hero(Creature):
    role = "hero"
    gear = Stats()

    @property
    def stats(self):
        return self.base + self.gear


class Warrior(Hero):
    role = "warrior"
    gear = Stats(hp=10, dfn=2)

    def act(self, foe):
        if self.rng.random() < 0.25:
            return self.hit(foe, bonus=3) + " [power strike]"
        return self.hit(foe)


class Mage(Hero):
    role = "mage"
    gear = Stats(atk=3)

    def __init__(self, *args):
        super().__init__(*args)
        self.mana = 3

    def act(self, foe):
        if self.mana:
            self.mana -= 1
            dmg = 7 + self.rng.randint(0, 4)
            foe.hp -= dmg
            return f"{self.name} casts firebolt at {foe.name} for {dmg} (mana {self.mana})"
        return self.hit(foe)


class Monster(Creature):
    def act(self, foe):
        return self.hit(foe)


def battle(party, monsters, rng, max_rounds=12):
    log = []
    for rnd in range(1, max_rounds + 1):
        order = sorted([c for c in party + monsters if c], key=lambda c: (-c.stats.atk, c.name))
        for actor in order:
            if not actor:
                continue
            foes = [c for c in (monsters if isinstance(actor, Hero) else party) if c]
            if not foes:
                break
            target = min(foes, key=lambda f: (f.hp, f.name))
            log.append(f"r{rnd}: " + actor.act(target) + ("" if target else f" -- {target.name} falls!"))
        if not any(monsters) or not any(party):
            break
    else:
        log.append("the fight drags on...")
    return log, rnd


rng = random.Random(1234)
party = [Warrior("Brunhild", Stats(30, 5, 3), rng), Mage("Ozmo", Stats(18, 2, 1), rng)]
monsters = [Monster(f"{kind}{i}", Stats(hp, atk, dfn), rng)
            for i, (kind, hp, atk, dfn) in enumerate([("goblin", 12, 3, 1), ("orc", 22, 5, 2), ("rat", 6, 2, 0)])]
print([f"{h.name}:{h.role}:{h.stats}" for h in party])
print(sorted(m.stats for m in monsters), max(party, key=lambda h: h.stats.power).name)
print(Stats(1, 2, 3) * 2, 0.5 * Stats(10, 4, 3), Stats(4, 1, 1) == Stats(4, 1, 1), Stats(40, 0, 0) > Stats(0, 4, 0))
log, rounds = battle(party, monsters, rng)
print("\n".join(log))
print("rounds:", rounds, "survivors:", [str(c) for c in party + monsters if c])
try:
    Creature("ghost", Stats(), rng)
except TypeError as exc:
    print("TypeError:", exc)
loot = rng.choices(["gold", "potion", "sword", "map"], weights=[5, 3, 1, 1], k=6)
print(loot, rng.sample(range(100), 4), round(rng.gauss(10, 2), 3), rng.choice("XYZ"))
