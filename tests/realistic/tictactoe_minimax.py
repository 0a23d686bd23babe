"""Tic-tac-toe with a minimax (alpha-beta) player and a seeded random opponent."""
import random
from functools import lru_cache
from typing import Iterator, Optional

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


class Board:
    __slots__ = ("cells",)

    def __init__(self, cells: str = " " * 9) -> None:
        if len(cells) != 9:
            raise ValueError(f"a board has 9 cells, not {len(cells)}")
        self.cells = cells

    def __str__(self) -> str:
        rows = [" | ".join(self.cells[r * 3:r * 3 + 3]) for r in range(3)]
        return "\n---------\n".join(rows)

    def __repr__(self) -> str:
        return f"Board({self.cells!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Board) and self.cells == other.cells

    def __hash__(self) -> int:
        return hash(self.cells)

    def moves(self) -> Iterator[int]:
        return (i for i, c in enumerate(self.cells) if c == " ")

    def play(self, i: int, mark: str) -> "Board":
        if self.cells[i] != " ":
            raise ValueError(f"cell {i} is taken by {self.cells[i]!r}")
        return Board(self.cells[:i] + mark + self.cells[i + 1:])

    def winner(self) -> Optional[str]:
        for a, b, c in LINES:
            if self.cells[a] != " " and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return None

    def full(self) -> bool:
        return " " not in self.cells

    def turn(self) -> str:
        return "X" if self.cells.count("X") == self.cells.count("O") else "O"


@lru_cache(maxsize=None)
def score(cells: str, alpha: int = -2, beta: int = 2) -> int:
    b = Board(cells)
    w = b.winner()
    if w:
        return 1 if w == "X" else -1
    if b.full():
        return 0
    mark = b.turn()
    if mark == "X":
        best = -2
        for m in b.moves():
            best = max(best, score(b.play(m, mark).cells, alpha, beta))
            alpha = max(alpha, best)
            if alpha >= beta:
                break
        return best
    best = 2
    for m in b.moves():
        best = min(best, score(b.play(m, mark).cells, alpha, beta))
        beta = min(beta, best)
        if alpha >= beta:
            break
    return best


def best_move(b: Board) -> int:
    mark = b.turn()
    pick = max if mark == "X" else min
    return pick(b.moves(), key=lambda m: (score(b.play(m, mark).cells), -m))


def game(rng: random.Random, smart: str) -> str:
    b = Board()
    history = []
    while not b.winner() and not b.full():
        mark = b.turn()
        m = best_move(b) if mark == smart else rng.choice(list(b.moves()))
        history.append(f"{mark}{m}")
        b = b.play(m, mark)
    result = b.winner() or "draw"
    print(" ".join(history), "->", result)
    return result


def main() -> None:
    b = Board().play(4, "X").play(0, "O").play(8, "X")
    print(b)
    print(repr(b), "turn:", b.turn(), "best:", best_move(b))
    try:
        b.play(4, "O")
    except ValueError as e:
        print("illegal:", e)
    try:
        Board("XO")
    except ValueError as e:
        print("illegal:", e)
    print("perfect play from empty board scores", score(" " * 9))
    rng = random.Random(2024)
    tally = {"X": 0, "O": 0, "draw": 0}
    for n in range(8):
        smart = "XO"[n % 2]
        tally[game(rng, smart)] += 1
    print(tally)
    info = score.cache_info()
    print(f"cache: hits>0={info.hits > 0}, size={info.currsize}")
    boards = {Board("X" * 9), Board("X" * 9), Board("O" * 9)}
    print(len(boards), sorted(repr(x) for x in boards))


main()
