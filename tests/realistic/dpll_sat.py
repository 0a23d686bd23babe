"""A DPLL SAT solver with unit propagation and pure literals, used to solve
a few puzzles encoded as CNF (graph colouring, n-queens, a pigeonhole case)."""
from itertools import combinations


class Formula:
    def __init__(self):
        self.clauses = []
        self.names = {}

    def var(self, name):
        if name not in self.names:
            self.names[name] = len(self.names) + 1
        return self.names[name]

    def add(self, *lits):
        self.clauses.append(frozenset(lits))

    def exactly_one(self, lits):
        self.add(*lits)
        for a, b in combinations(lits, 2):
            self.add(-a, -b)


def simplify(clauses, lit):
    out = []
    for c in clauses:
        if lit in c:
            continue
        if -lit in c:
            c = c - {-lit}
        out.append(c)
    return out


def dpll(clauses, assignment, stats):
    stats["calls"] += 1
    while True:
        if any(not c for c in clauses):
            return None
        units = [next(iter(c)) for c in clauses if len(c) == 1]
        if not units:
            break
        lit = units[0]
        assignment = assignment | {lit}
        clauses = simplify(clauses, lit)
        stats["units"] += 1
    literals = {l for c in clauses for l in c}
    for lit in sorted(literals, key=abs):
        if -lit not in literals:
            assignment = assignment | {lit}
            clauses = simplify(clauses, lit)
            stats["pure"] += 1
    if not clauses:
        return assignment
    counts = {}
    for c in clauses:
        for l in c:
            counts[abs(l)] = counts.get(abs(l), 0) + 1
    var = max(sorted(counts), key=counts.get)
    for lit in (var, -var):
        result = dpll(simplify(clauses, lit), assignment | {lit}, stats)
        if result is not None:
            return result
    return None


def solve(formula):
    stats = {"calls": 0, "units": 0, "pure": 0}
    result = dpll(list(formula.clauses), frozenset(), stats)
    if result is None:
        return None, stats
    names = {v: k for k, v in formula.names.items()}
    return sorted(names[l] for l in result if l > 0 and l in names), stats


def colouring(edges, colours):
    f = Formula()
    nodes = sorted({n for e in edges for n in e})
    for n in nodes:
        f.exactly_one([f.var((n, c)) for c in colours])
    for a, b in edges:
        for c in colours:
            f.add(-f.var((a, c)), -f.var((b, c)))
    return f


def queens(n):
    f = Formula()
    for r in range(n):
        f.exactly_one([f.var((r, c)) for c in range(n)])
    for c in range(n):
        col = [f.var((r, c)) for r in range(n)]
        for a, b in combinations(col, 2):
            f.add(-a, -b)
    cells = [(r, c) for r in range(n) for c in range(n)]
    for (r1, c1), (r2, c2) in combinations(cells, 2):
        if abs(r1 - r2) == abs(c1 - c2):
            f.add(-f.var((r1, c1)), -f.var((r2, c2)))
    return f


if __name__ == "__main__":
    f = Formula()
    a, b, c = f.var("a"), f.var("b"), f.var("c")
    f.add(a, b)
    f.add(-a, c)
    f.add(-b, -c)
    f.add(-c, b, a)
    print(solve(f))
    petersen = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 5), (1, 6), (2, 7), (3, 8),
                (4, 9), (5, 7), (7, 9), (9, 6), (6, 8), (8, 5)]
    for k in (2, 3):
        sol, stats = solve(colouring(petersen, "RGB"[:k]))
        print(f"{k} colours:", sol if sol is None else dict(sol), stats["calls"] > 0)
    for n in (4, 5, 6):
        sol, stats = solve(queens(n))
        board = ["".join("Q" if (r, c) in sol else "." for c in range(n)) for r in range(n)]
        print(n, "queens:", " ".join(board))
    sol, _ = solve(queens(3))
    print("3 queens:", sol)
    f = Formula()
    for p in range(4):
        f.add(*[f.var((p, h)) for h in range(3)])
    for h in range(3):
        for p1, p2 in combinations(range(4), 2):
            f.add(-f.var((p1, h)), -f.var((p2, h)))
    print("pigeonhole 4->3:", solve(f)[0], len(f.clauses), "clauses")
