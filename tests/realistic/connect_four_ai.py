"""Connect Four on bitboards with a negamax alpha-beta search, move ordering
from the centre out, and a transposition table; plays a short game."""
WIDTH, HEIGHT = 7, 6
H1 = HEIGHT + 1
COLUMN_ORDER = sorted(range(WIDTH), key=lambda c: abs(WIDTH // 2 - c))


class Board:
    def __init__(self):
        self.boards = [0, 0]
        self.heights = [c * H1 for c in range(WIDTH)]
        self.moves = []

    def can_play(self, col):
        return self.heights[col] < col * H1 + HEIGHT

    def play(self, col):
        player = len(self.moves) & 1
        self.boards[player] |= 1 << self.heights[col]
        self.heights[col] += 1
        self.moves.append(col)

    def undo(self):
        col = self.moves.pop()
        self.heights[col] -= 1
        self.boards[len(self.moves) & 1] ^= 1 << self.heights[col]

    @staticmethod
    def wins(bb):
        for shift in (1, H1, H1 - 1, H1 + 1):
            m = bb & (bb >> shift)
            if m & (m >> 2 * shift):
                return True
        return False

    def last_player_won(self):
        return self.wins(self.boards[(len(self.moves) - 1) & 1])

    def key(self):
        return self.boards[0] | (self.boards[1] << 49) | (len(self.moves) << 98)

    def __str__(self):
        rows = []
        for r in range(HEIGHT - 1, -1, -1):
            row = ""
            for c in range(WIDTH):
                bit = 1 << (c * H1 + r)
                row += "X" if self.boards[0] & bit else "O" if self.boards[1] & bit else "."
            rows.append(" ".join(row))
        return "\n".join(rows) + "\n" + " ".join(str(c) for c in range(WIDTH))


def negamax(board, depth, alpha, beta, table, stats):
    stats["nodes"] += 1
    if board.moves and board.last_player_won():
        return -1000 + len(board.moves)
    if len(board.moves) == WIDTH * HEIGHT or depth == 0:
        return 0
    key = board.key()
    cached = table.get(key)
    if cached is not None and cached[0] >= depth:
        stats["hits"] += 1
        return cached[1]
    best = -10 ** 6
    for col in COLUMN_ORDER:
        if board.can_play(col):
            board.play(col)
            score = -negamax(board, depth - 1, -beta, -alpha, table, stats)
            board.undo()
            best = max(best, score)
            alpha = max(alpha, score)
            if alpha >= beta:
                break
    table[key] = (depth, best)
    return best


def choose(board, depth):
    stats = {"nodes": 0, "hits": 0}
    table = {}
    scored = []
    for col in COLUMN_ORDER:
        if board.can_play(col):
            board.play(col)
            scored.append((-negamax(board, depth - 1, -10 ** 6, 10 ** 6, table, stats), col))
            board.undo()
    best = max(scored, key=lambda sc: (sc[0], -abs(WIDTH // 2 - sc[1])))
    return best[1], best[0], stats


if __name__ == "__main__":
    b = Board()
    for col in [3, 3, 4, 2, 2, 4, 5]:
        b.play(col)
    print(b)
    print("X won:", b.last_player_won(), "moves", b.moves)
    b = Board()
    for col in [3, 2, 3, 2, 4]:
        b.play(col)
    col, score, stats = choose(b, 5)
    print("O blocks at", col, "score", score, stats["nodes"] > 0)
    game = Board()
    opening = [3, 3, 2]
    for col in opening:
        game.play(col)
    while len(game.moves) < 16 and not game.last_player_won():
        col, score, stats = choose(game, 4)
        game.play(col)
        print(f"move {len(game.moves):2}: {'XO'[(len(game.moves) - 1) & 1]} -> {col} (score {score}, {stats['nodes']} nodes, {stats['hits']} hits)")
    print(game)
    print("winner:", "XO"[(len(game.moves) - 1) & 1] if game.last_player_won() else None)
    print(bin(game.boards[0]).count("1"), bin(game.boards[1]).count("1"), game.key().bit_length())
