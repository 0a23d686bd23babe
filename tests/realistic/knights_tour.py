"""Knight's tours (Warnsdorff with backtracking) and n-queens variants."""
import sys

MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]


def neighbours(n, r, c, board):
    for dr, dc in MOVES:
        nr, nc = r + dr, c + dc
        if 0 <= nr < n and 0 <= nc < n and board[nr][nc] == 0:
            yield nr, nc


def knights_tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    steps = 0

    def solve(r, c, k):
        nonlocal steps
        steps += 1
        board[r][c] = k
        if k == n * n:
            return True
        options = sorted(neighbours(n, r, c, board),
                         key=lambda p: (len(list(neighbours(n, p[0], p[1], board))), p))
        for nr, nc in options:
            if solve(nr, nc, k + 1):
                return True
        board[r][c] = 0
        return False

    ok = solve(start[0], start[1], 1)
    return (board if ok else None), steps


def show_board(board):
    width = len(str(len(board) ** 2))
    for row in board:
        print(" ".join(f"{v:>{width}}" for v in row))


def is_closed(board):
    n = len(board)
    pos = {board[r][c]: (r, c) for r in range(n) for c in range(n)}
    (r1, c1), (r2, c2) = pos[1], pos[n * n]
    return (abs(r1 - r2), abs(c1 - c2)) in {(1, 2), (2, 1)}


def queens(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col); diag1.remove(row - col); diag2.remove(row + col)

    place(0)
    return solutions


def canonical(sol):
    n = len(sol)
    grid = {(r, c) for r, c in enumerate(sol)}
    forms = []
    for _ in range(4):
        grid = {(c, n - 1 - r) for r, c in grid}
        forms.append(tuple(c for r, c in sorted(grid)))
        mirrored = {(r, n - 1 - c) for r, c in grid}
        forms.append(tuple(c for r, c in sorted(mirrored)))
    return min(forms)


def superqueens(n):
    """Queens that also move like knights: no two may attack either way."""
    found = []

    def ok(placed, col):
        row = len(placed)
        for r, c in enumerate(placed):
            if c == col or abs(c - col) == row - r:
                return False
            if (row - r, abs(c - col)) in {(1, 2), (2, 1)}:
                return False
        return True

    def go(placed):
        if len(placed) == n:
            found.append(placed[:])
            return
        for col in range(n):
            if ok(placed, col):
                placed.append(col)
                go(placed)
                placed.pop()

    go([])
    return found


def draw(sol):
    n = len(sol)
    return "\n".join("".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))


def main():
    sys.setrecursionlimit(5000)
    for n, start in [(5, (0, 0)), (6, (0, 0)), (8, (3, 4))]:
        board, steps = knights_tour(n, start)
        print(f"{n}x{n} tour from {start}: {'found' if board else 'none'} after {steps} steps")
        if board:
            show_board(board)
            print("closed" if is_closed(board) else "open")
        print()
    board, steps = knights_tour(4)
    print("4x4:", board, steps)
    print()
    for n in range(4, 9):
        sols = queens(n)
        unique = {canonical(s) for s in sols}
        print(f"{n}-queens: {len(sols):3d} solutions, {len(unique):2d} unique")
    print(draw(queens(6)[0]))
    print()
    for n in range(8, 11):
        s = superqueens(n)
        print(f"{n} superqueens: {len(s)}", s[0] if s else "")


main()
