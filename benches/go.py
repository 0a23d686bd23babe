# Go: a Monte Carlo tree search (UCT) player on a 9x9 board. Each move is chosen by
# growing a search tree whose leaves are scored by random playouts to the end of the
# game (area scoring, komi 7.5); the board implements captures, suicide and simple
# ko. Exercises lists, flood fills, small objects, the random module and recursion.
# Argument: number of playouts per move.
import math
import random
import sys

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5


def other(color):
    return 3 - color


def build_neighbours(size):
    result = []
    for pos in range(size * size):
        row, col = divmod(pos, size)
        adj = []
        if row > 0:
            adj.append(pos - size)
        if row < size - 1:
            adj.append(pos + size)
        if col > 0:
            adj.append(pos - 1)
        if col < size - 1:
            adj.append(pos + 1)
        result.append(adj)
    return result


NEIGHBOURS = build_neighbours(SIZE)


class IllegalMove(Exception):
    pass


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.captures = {BLACK: 0, WHITE: 0}

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.captures = dict(self.captures)
        return b

    def group(self, pos):
        """The stones connected to pos and the set of their liberties."""
        cells = self.cells
        color = cells[pos]
        stones = {pos}
        liberties = set()
        stack = [pos]
        while stack:
            p = stack.pop()
            for n in NEIGHBOURS[p]:
                c = cells[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == color and n not in stones:
                    stones.add(n)
                    stack.append(n)
        return stones, liberties

    def is_legal(self, pos):
        cells = self.cells
        if cells[pos] != EMPTY or pos == self.ko:
            return False
        me = self.to_move
        for n in NEIGHBOURS[pos]:
            c = cells[n]
            if c == EMPTY:
                return True
            _, libs = self.group(n)
            if c == me and len(libs) > 1:
                return True
            if c != me and len(libs) == 1:
                return True
        return False

    def is_own_eye(self, pos):
        me = self.to_move
        return all(self.cells[n] == me for n in NEIGHBOURS[pos])

    def play(self, pos):
        if pos == PASS:
            self.passes += 1
            self.ko = None
            self.to_move = other(self.to_move)
            return
        if not self.is_legal(pos):
            raise IllegalMove(f"{self.label(pos)} is not legal for {'BW'[self.to_move - 1]}")
        me, enemy = self.to_move, other(self.to_move)
        cells = self.cells
        cells[pos] = me
        captured = []
        for n in NEIGHBOURS[pos]:
            if cells[n] == enemy:
                stones, libs = self.group(n)
                if not libs:
                    captured.extend(stones)
                    for s in stones:
                        cells[s] = EMPTY
        self.captures[me] += len(captured)
        self.ko = None
        if len(captured) == 1:
            stones, libs = self.group(pos)
            if len(stones) == 1 and len(libs) == 1:
                self.ko = captured[0]
        self.passes = 0
        self.to_move = enemy

    def random_move(self, rng):
        empties = [p for p in range(SIZE * SIZE) if self.cells[p] == EMPTY]
        rng.shuffle(empties)
        for pos in empties:
            if not self.is_own_eye(pos) and self.is_legal(pos):
                return pos
        return PASS

    def legal_moves(self):
        return [p for p in range(SIZE * SIZE) if self.is_legal(p) and not self.is_own_eye(p)]

    def score(self):
        """Area score: black minus white (komi included)."""
        counts = {BLACK: 0, WHITE: 0}
        seen = set()
        for pos, c in enumerate(self.cells):
            if c != EMPTY:
                counts[c] += 1
            elif pos not in seen:
                region, borders, stack = {pos}, set(), [pos]
                while stack:
                    p = stack.pop()
                    for n in NEIGHBOURS[p]:
                        if self.cells[n] == EMPTY:
                            if n not in region:
                                region.add(n)
                                stack.append(n)
                        else:
                            borders.add(self.cells[n])
                seen |= region
                if len(borders) == 1:
                    counts[borders.pop()] += len(region)
        return counts[BLACK] - counts[WHITE] - KOMI

    @staticmethod
    def label(pos):
        if pos == PASS:
            return "pass"
        row, col = divmod(pos, SIZE)
        return "ABCDEFGHJ"[col] + str(SIZE - row)

    def __str__(self):
        rows = []
        for r in range(SIZE):
            line = " ".join(".XO"[self.cells[r * SIZE + c]] for c in range(SIZE))
            rows.append(f"{SIZE - r} {line}")
        rows.append("  " + " ".join("ABCDEFGHJ"))
        return "\n".join(rows)


def playout(board, rng, limit=200):
    """Plays random moves to the end; returns the winner."""
    for _ in range(limit):
        if board.passes >= 2:
            break
        board.play(board.random_move(rng))
    return BLACK if board.score() > 0 else WHITE


class Node:
    __slots__ = ("move", "parent", "player", "children", "untried", "wins", "visits")

    def __init__(self, move, parent, player, board):
        self.move = move
        self.parent = parent
        self.player = player  # who played `move`
        self.children = []
        self.untried = board.legal_moves() + [PASS]
        self.wins = 0
        self.visits = 0

    def select_child(self):
        log_n = math.log(self.visits)
        best, best_value = None, -1.0
        for child in self.children:
            value = child.wins / child.visits + math.sqrt(2.0 * log_n / child.visits)
            if value > best_value:
                best, best_value = child, value
        return best


def search(root_board, playouts, rng):
    root = Node(None, None, other(root_board.to_move), root_board)
    for _ in range(playouts):
        node, board = root, root_board.copy()
        while not node.untried and node.children:
            node = node.select_child()
            board.play(node.move)
        if node.untried and board.passes < 2:
            move = node.untried.pop(rng.randrange(len(node.untried)))
            board.play(move)
            child = Node(move, node, other(board.to_move), board)
            node.children.append(child)
            node = child
        winner = playout(board, rng)
        while node is not None:
            node.visits += 1
            if node.player == winner:
                node.wins += 1
            node = node.parent
    best = max(root.children, key=lambda c: (c.visits, c.wins))
    return best.move, best.wins / best.visits, len(root.children)


def main():
    playouts = int(sys.argv[1]) if len(sys.argv) > 1 else 45
    rng = random.Random(42)
    board = Board()
    record = []
    for turn in range(4):
        move, rate, width = search(board, playouts, rng)
        record.append(f"{'BW'[board.to_move - 1]} {Board.label(move)} ({rate:.0%}, {width} tried)")
        board.play(move)
        if board.passes >= 2:
            break
    print("\n".join(record))
    print(board)
    try:
        board.play(board.cells.index(BLACK) if BLACK in board.cells else 0)
    except IllegalMove as e:
        print("refused:", e)
    final = board.copy()
    winner = playout(final, rng)
    print(final)
    print(f"random finish: score {final.score():+.1f}, winner {'BW'[winner - 1]}, captures {final.captures}")


main()
