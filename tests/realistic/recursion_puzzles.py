"""Backtracking and recursion: N-queens, permutations, subsets, Hanoi, flood fill, word search."""
import sys


def n_queens(n):
    solutions = []
    cols, d1, d2 = set(), set(), set()
    board = []

    def place(r):
        if r == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()

    place(0)
    return solutions


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def subsets_summing(nums, target):
    out = []

    def go(i, chosen, total):
        if total == target:
            out.append(tuple(chosen))
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]:
                continue
            chosen.append(nums[j])
            go(j + 1, chosen, total + nums[j])
            chosen.pop()

    go(0, [], 0)
    return out


def permute(s):
    if len(s) <= 1:
        return [s]
    return sorted({c + p for i, c in enumerate(s) for p in permute(s[:i] + s[i + 1:])})


def flood_fill(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return 0
    count = 0
    stack = [(r, c)]
    while stack:
        r, c = stack.pop()
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == old:
            grid[r][c] = new
            count += 1
            stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return count


def word_search(board, word):
    rows, cols = len(board), len(board[0])

    def dfs(r, c, k, seen):
        if k == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in seen or board[r][c] != word[k]:
            return False
        seen.add((r, c))
        found = any(dfs(r + dr, c + dc, k + 1, seen) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        seen.discard((r, c))
        return found

    return any(dfs(r, c, 0, set()) for r in range(rows) for c in range(cols))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


sols = n_queens(6)
print(len(sols), "solutions for 6 queens; first:", sols[0])
for row in sols[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))
print([len(n_queens(k)) for k in range(1, 9)])
moves = hanoi(4)
print(len(moves), moves[:5])
print(subsets_summing(sorted([10, 1, 2, 7, 6, 1, 5]), 8))
print(permute("aabc"), len(permute("abcde")))
grid = [list(r) for r in ["..##.", ".#..#", "##..#", "....#"]]
print(flood_fill(grid, 1, 2, "o"), flood_fill(grid, 0, 0, "x"))
print("\n".join("".join(r) for r in grid))
board = ["ABCE", "SFCS", "ADEE"]
print([w for w in ["ABCCED", "SEE", "ABCB", "ASADF", "ECCEDA"] if word_search(board, w)])
print(ackermann(2, 3), ackermann(3, 3))
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)


def gray(n):
    if n == 0:
        return [""]
    prev = gray(n - 1)
    return ["0" + g for g in prev] + ["1" + g for g in reversed(prev)]


print(gray(3), [int(g, 2) for g in gray(4)])
