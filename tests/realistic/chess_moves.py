"""Parse a chess position from FEN, list pseudo-legal moves for each piece,
and detect whether a king is in check."""

FILES = "abcdefgh"
KNIGHT = [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]
KING = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]
ROOK_DIRS = [(1, 0), (-1, 0), (0, 1), (0, -1)]
BISHOP_DIRS = [(1, 1), (1, -1), (-1, 1), (-1, -1)]


class FenError(ValueError):
    pass


def square(x, y):
    return f"{FILES[x]}{y + 1}"


def parse_fen(fen):
    fields = fen.split()
    if len(fields) < 2:
        raise FenError(f"expected at least 2 fields, got {len(fields)}")
    ranks = fields[0].split("/")
    if len(ranks) != 8:
        raise FenError(f"expected 8 ranks, got {len(ranks)}")
    board = {}
    for row, rank in enumerate(ranks):
        y = 7 - row
        x = 0
        for ch in rank:
            if ch.isdigit():
                x += int(ch)
            elif ch.lower() in "kqrbnp":
                board[(x, y)] = ch
                x += 1
            else:
                raise FenError(f"bad piece {ch!r}")
        if x != 8:
            raise FenError(f"rank {8 - row} has {x} squares")
    return board, fields[1]


def colour(piece):
    return "w" if piece.isupper() else "b"


def on_board(x, y):
    return 0 <= x < 8 and 0 <= y < 8


def slide(board, x, y, dirs, me):
    for dx, dy in dirs:
        nx, ny = x + dx, y + dy
        while on_board(nx, ny):
            target = board.get((nx, ny))
            if target is None:
                yield nx, ny
            else:
                if colour(target) != me:
                    yield nx, ny
                break
            nx, ny = nx + dx, ny + dy


def moves_for(board, pos):
    x, y = pos
    piece = board[pos]
    me = colour(piece)
    kind = piece.lower()
    if kind == "n" or kind == "k":
        for dx, dy in (KNIGHT if kind == "n" else KING):
            nx, ny = x + dx, y + dy
            if on_board(nx, ny) and (board.get((nx, ny)) is None or colour(board[(nx, ny)]) != me):
                yield nx, ny
    elif kind == "r":
        yield from slide(board, x, y, ROOK_DIRS, me)
    elif kind == "b":
        yield from slide(board, x, y, BISHOP_DIRS, me)
    elif kind == "q":
        yield from slide(board, x, y, ROOK_DIRS + BISHOP_DIRS, me)
    elif kind == "p":
        step = 1 if me == "w" else -1
        start = 1 if me == "w" else 6
        if on_board(x, y + step) and (x, y + step) not in board:
            yield x, y + step
            if y == start and (x, y + 2 * step) not in board:
                yield x, y + 2 * step
        for dx in (-1, 1):
            t = board.get((x + dx, y + step))
            if t is not None and colour(t) != me:
                yield x + dx, y + step


def attacked(board, target, by):
    return any(target in set(moves_for(board, pos))
               for pos, p in board.items() if colour(p) == by)


def in_check(board, side):
    king = "K" if side == "w" else "k"
    for pos, p in board.items():
        if p == king:
            return attacked(board, pos, "b" if side == "w" else "w")
    raise LookupError(f"no king for {side}")


def show(board):
    for y in range(7, -1, -1):
        print(y + 1, " ".join(board.get((x, y), ".") for x in range(8)))
    print("  " + " ".join(FILES))


if __name__ == "__main__":
    positions = [
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w",
        "r3k2r/8/8/3Q4/8/8/8/R3K2R b",
        "4k3/8/8/8/8/8/4r3/4K3 w",
        "8/8/8/3N4/8/8/8/k6K w",
    ]
    for fen in positions:
        board, side = parse_fen(fen)
        show(board)
        total = 0
        for pos in sorted(board):
            if colour(board[pos]) == side:
                targets = sorted(moves_for(board, pos))
                total += len(targets)
                if targets:
                    print(f"  {board[pos]}{square(*pos)}: " + " ".join(square(*t) for t in targets))
        print(f"{side} to move: {total} moves, check={in_check(board, side)}")
        print()
    for bad in ["8/8/8 w", "9/8/8/8/8/8/8/8 w", "8/8/8/8/8/8/8/7x w", "nothing"]:
        try:
            parse_fen(bad)
        except FenError as e:
            print(f"{bad!r}: {type(e).__name__}: {e}")
    try:
        in_check({}, "w")
    except LookupError as e:
        print(repr(e))
