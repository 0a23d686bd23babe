"""The bowling game kata, with frame-by-frame scorecards and a tiny property check."""
import random
from dataclasses import dataclass
from typing import List


class BowlingError(ValueError):
    pass


@dataclass
class Frame:
    rolls: List[int]
    score: int = 0

    def mark(self, last=False):
        out = []
        for i, r in enumerate(self.rolls):
            if r == 10 and (i == 0 or last and (out[-1] in "X/")):
                out.append("X")
            elif i > 0 and out[-1] not in "X/" and self.rolls[i - 1] + r == 10:
                out.append("/")
            else:
                out.append("-" if r == 0 else str(r))
        return "".join(out)


class Game:
    def __init__(self):
        self.rolls: List[int] = []

    def roll(self, pins: int) -> None:
        if not 0 <= pins <= 10:
            raise BowlingError(f"invalid roll {pins}")
        self.rolls.append(pins)
        try:
            self.frames()
        except BowlingError:
            self.rolls.pop()
            raise

    def frames(self) -> List[Frame]:
        frames, i, total = [], 0, 0
        r = self.rolls
        for n in range(10):
            if i >= len(r):
                break
            if r[i] == 10:
                bonus = r[i + 1:i + 3]
                rolls = [10] if n < 9 else r[i:i + 3]
                total += 10 + sum(bonus)
                i += 1
            else:
                pair = r[i:i + 2]
                if sum(pair) > 10 and n < 9 or n == 9 and len(pair) == 2 and pair[0] != 10 and sum(pair) > 10:
                    raise BowlingError(f"frame {n + 1} knocks down {sum(pair)} pins")
                if sum(pair) == 10:
                    total += 10 + sum(r[i + 2:i + 3])
                    rolls = pair if n < 9 else r[i:i + 3]
                else:
                    total += sum(pair)
                    rolls = pair
                i += 2
            frames.append(Frame(rolls, total))
        if len(frames) == 10 and i < len(r) and frames[-1].rolls[0] != 10 and sum(frames[-1].rolls[:2]) < 10:
            raise BowlingError("game is over")
        return frames

    def score(self) -> int:
        fs = self.frames()
        return fs[-1].score if fs else 0

    def card(self) -> str:
        fs = self.frames()
        top = "|".join(f"{f.mark(last=(n == 9)):^5}" for n, f in enumerate(fs))
        bottom = "|".join(f"{f.score:^5}" for f in fs)
        return f"|{top}|\n|{bottom}|"


def play(rolls):
    g = Game()
    for p in rolls:
        g.roll(p)
    return g


games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "dutch 200": [10, 5, 5] * 5 + [10],
    "typical": [9, 0, 7, 3, 10, 8, 1, 6, 4, 10, 10, 2, 7, 0, 10, 9, 1, 8],
}
for name, rolls in games.items():
    g = play(rolls)
    print(f"{name:>10}: {g.score():3d}")
    print(g.card())

for bad in ([11], [7, 5], [10] * 13, [3, -1]):
    try:
        play(bad)
    except BowlingError as e:
        print(f"{bad!s:>30} -> {e}")

rng = random.Random(99)
for trial in range(5):
    g = Game()
    while True:
        fs = g.frames()
        standing = 10
        if g.rolls and fs and len(fs[-1].rolls) == 1 and fs[-1].rolls[0] != 10:
            standing = 10 - fs[-1].rolls[0]
        try:
            g.roll(rng.randint(0, standing))
        except BowlingError:
            break
        if len(g.frames()) == 10 and len(g.rolls) >= 21:
            break
    print(trial, len(g.rolls), g.score(), " ".join(f.mark() for f in g.frames()))
