"""A seeded dungeon crawl: classes with abc, properties, dice and combat logs."""
import random
from abc import ABC, abstractmethod
from collections import Counter, deque
from dataclasses import dataclass, field
from enum import Enum
from functools import total_ordering


class Element(Enum):
    FIRE = "fire"
    ICE = "ice"
    NONE = "none"

    def beats(self, other):
        return (self, other) in {(Element.FIRE, Element.ICE), (Element.ICE, Element.FIRE)}


@dataclass(frozen=True)
class Dice:
    count: int
    sides: int
    bonus: int = 0

    @classmethod
    def parse(cls, text):
        n, _, rest = text.partition("d")
        sides, sign, bonus = rest.replace("-", "+-").partition("+")
        return cls(int(n or 1), int(sides), int(bonus or 0))

    def roll(self, rng):
        return sum(rng.randint(1, self.sides) for _ in range(self.count)) + self.bonus

    def __str__(self):
        b = f"{self.bonus:+d}" if self.bonus else ""
        return f"{self.count}d{self.sides}{b}"


@total_ordering
class Creature(ABC):
    def __init__(self, name, hp, attack, armor=10, element=Element.NONE):
        self.name = name
        self.max_hp = hp
        self._hp = hp
        self.attack = Dice.parse(attack)
        self.armor = armor
        self.element = element

    @property
    def hp(self):
        return self._hp

    @hp.setter
    def hp(self, value):
        self._hp = max(0, min(self.max_hp, value))

    @property
    def alive(self):
        return self._hp > 0

    @abstractmethod
    def choose_action(self, rng, foes):
        ...

    def __lt__(self, other):
        return (self.hp, self.name) < (other.hp, other.name)

    def __eq__(self, other):
        return (self.hp, self.name) == (other.hp, other.name)

    def __repr__(self):
        bar = "#" * round(10 * self.hp / self.max_hp)
        return f"{self.name:<8}[{bar:<10}] {self.hp:>3}/{self.max_hp}"


class Hero(Creature):
    def __init__(self, name, hp, attack, potions=2, **kw):
        super().__init__(name, hp, attack, **kw)
        self.potions = potions
        self.xp = 0

    def choose_action(self, rng, foes):
        if self.hp < self.max_hp // 3 and self.potions:
            return ("drink", None)
        return ("hit", min(f for f in foes if f.alive))


class Monster(Creature):
    loot_table = ["gold", "gold", "gem", "bone"]

    def choose_action(self, rng, foes):
        living = [f for f in foes if f.alive]
        return ("hit", rng.choice(living))


class Boss(Monster):
    loot_table = ["crown", "gem"]

    def choose_action(self, rng, foes):
        if rng.random() < 0.25:
            return ("breath", None)
        return super().choose_action(rng, foes)


@dataclass
class Log:
    lines: deque = field(default_factory=lambda: deque(maxlen=12))
    counts: Counter = field(default_factory=Counter)

    def __call__(self, kind, text):
        self.counts[kind] += 1
        self.lines.append(f"{kind[:4].upper():<4} {text}")


def strike(rng, log, attacker, target):
    roll = rng.randint(1, 20)
    if roll == 1 or roll + 2 < target.armor:
        log("miss", f"{attacker.name} misses {target.name} (rolled {roll})")
        return
    dmg = attacker.attack.roll(rng)
    if roll == 20:
        dmg *= 2
    if attacker.element.beats(target.element):
        dmg = int(dmg * 1.5)
    target.hp -= dmg
    log("crit" if roll == 20 else "hit", f"{attacker.name} hits {target.name} for {dmg}")
    if not target.alive:
        log("kill", f"{target.name} falls")


def battle(seed, party, monsters):
    rng = random.Random(seed)
    log = Log()
    loot = Counter()
    rnd = 0
    while any(h.alive for h in party) and any(m.alive for m in monsters):
        rnd += 1
        order = sorted((c for c in party + monsters if c.alive), key=lambda c: (rng.random(), c.name))
        for c in order:
            if not c.alive:
                continue
            foes = monsters if isinstance(c, Hero) else party
            if not any(f.alive for f in foes):
                break
            action, target = c.choose_action(rng, foes)
            if action == "drink":
                c.potions -= 1
                heal = rng.randint(8, 16)
                c.hp += heal
                log("heal", f"{c.name} drinks a potion (+{heal})")
            elif action == "breath":
                for h in party:
                    if h.alive:
                        h.hp -= rng.randint(2, 6)
                log("brth", f"{c.name} breathes {c.element.value}")
            else:
                strike(rng, log, c, target)
                if not target.alive and isinstance(target, Monster):
                    loot[rng.choice(target.loot_table)] += 1
                    c.xp += target.max_hp
    return rnd, log, loot


for seed in (7, 2024):
    party = [Hero("Aria", 40, "1d10+2", armor=14, element=Element.FIRE),
             Hero("Borin", 55, "2d6", potions=1, armor=16),
             Hero("Cyra", 28, "3d4+1", armor=11, element=Element.ICE)]
    monsters = [Monster("goblin", 15, "1d6"), Monster("goblin2", 15, "1d6"),
                Monster("troll", 45, "2d8", armor=12), Boss("drake", 80, "2d10", armor=15, element=Element.ICE)]
    rounds, log, loot = battle(seed, party, monsters)
    winner = "heroes" if any(h.alive for h in party) else "monsters"
    print(f"=== seed {seed}: {winner} win after {rounds} rounds ===")
    for line in log.lines:
        print("  " + line)
    print("  events:", dict(sorted(log.counts.items())))
    print("  loot:", sorted(loot.elements()))
    for c in sorted(party + monsters, reverse=True):
        xp = f" xp={c.xp}" if isinstance(c, Hero) else ""
        print(f"  {c!r}{xp}")
print(Dice.parse("3d6-2"), Dice.parse("d20"), Dice.parse("2d4+3"), str(Dice(1, 8)))
rng = random.Random(99)
rolls = Counter(Dice.parse("2d6").roll(rng) for _ in range(2000))
for total in range(2, 13):
    print(f"{total:>2} {'*' * (rolls[total] // 10)}")
try:
    Creature("x", 1, "1d4")
except TypeError as e:
    print("TypeError:", e)
